package it.sfide.document.boundary;

import it.sfide.document.control.BodySeals;
import it.sfide.document.control.PlatformKeys;
import it.sfide.shared.SfideException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Base64;

/** The public trust anchors: whoever checks a Sfide document trusts the root CA published here. */
@Stateless
@PermitAll
public class TrustService {

    @Inject
    PlatformKeys keys;

    @Inject
    BodySeals bodySeals;

    public String caPem() {
        return pem(keys.certificate(PlatformKeys.CA));
    }

    public String tsaPem() {
        return pem(keys.certificate(PlatformKeys.TSA));
    }

    public byte[] crl() {
        try {
            return keys.crl().getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The seal certificate of a public body, as PEM; not found when the body has none (not verified yet). */
    public String bodySealPem(long organisationId) {
        return pem(bodySeals.certificate(organisationId)
                .orElseThrow(() -> SfideException.notFound("error.bodySeal.notFound")));
    }

    /** The seal certificate of a public body, described, if it has one. */
    public java.util.Optional<CertificateView> bodySeal(long organisationId) {
        return bodySeals.certificate(organisationId)
                .map(c -> CertificateView.of(c, "/api/v1/trust/bodies/" + organisationId + ".pem"));
    }

    /** Answers an RFC 3161 time-stamp request with a token of the platform's time-stamping authority. */
    public byte[] timeStamp(byte[] request) {
        return keys.timeStampResponse(request);
    }

    static String pem(X509Certificate certificate) {
        try {
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded());
            return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
