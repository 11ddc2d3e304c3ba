package it.sfide.document.boundary;

import it.sfide.document.control.PlatformKeys;
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
