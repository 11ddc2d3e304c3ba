package it.sfide.document.control;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * CRLs of certificates issued by other authorities (an external time-stamping service's), fetched over HTTP from
 * the certificate's CRL distribution points and kept until their next update (at most a day), so that documents
 * carry their validation data even when the chain is not the platform's.
 */
final class RemoteCrls {

    private static final Logger LOG = Logger.getLogger(RemoteCrls.class.getName());
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private record Cached(X509CRL crl, Instant until) {
    }

    private RemoteCrls() {
    }

    /**
     * The CRLs covering the given certificates: the platform CA's own (from the supplier, once) for those it
     * issued, and for those of other authorities the CRLs at their distribution points (their issuer must be among
     * the certificates, to check the CRL's signature). Self-signed roots need none.
     */
    static java.util.List<X509CRL> covering(java.util.Collection<X509Certificate> certificates, X509Certificate ca,
            java.util.function.Supplier<X509CRL> own, Instant now) {
        java.util.List<X509CRL> crls = new java.util.ArrayList<>();
        boolean ours = false;
        for (X509Certificate certificate : certificates) {
            if (certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
                continue;
            }
            if (certificate.getIssuerX500Principal().equals(ca.getSubjectX500Principal())) {
                ours = true;
                continue;
            }
            certificates.stream().filter(c -> c.getSubjectX500Principal().equals(certificate.getIssuerX500Principal()))
                    .findFirst().flatMap(issuer -> of(certificate, issuer, now))
                    .filter(crl -> crls.stream().noneMatch(crl::equals)).ifPresent(crls::add);
        }
        if (ours) {
            crls.add(0, own.get());
        }
        return crls;
    }

    /**
     * CRLs fetched at the distribution points of a chain's certificates (each issued by the next one, or by an
     * anchor given at the end): for signatures made with other authorities' certificates, whose files often carry
     * no revocation data. Unreachable points give nothing (the verdict then says revocation was not checked).
     */
    static RevocationSource online(Instant now) {
        return chain -> {
            java.util.List<X509Certificate> certificates = java.util.List.copyOf(chain);
            java.util.List<X509CRL> crls = new java.util.ArrayList<>();
            for (X509Certificate certificate : certificates) {
                if (certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
                    continue;
                }
                certificates.stream().filter(c -> c.getSubjectX500Principal().equals(
                        certificate.getIssuerX500Principal())).findFirst()
                        .flatMap(issuer -> of(certificate, issuer, now)).ifPresent(crls::add);
            }
            return crls;
        };
    }

    /** The CRL of the certificate's first reachable HTTP distribution point, verified with the issuer's key. */
    static Optional<X509CRL> of(X509Certificate certificate, X509Certificate issuer, Instant now) {
        byte[] extension = certificate.getExtensionValue(Extension.cRLDistributionPoints.getId());
        if (extension == null) {
            return Optional.empty();
        }
        CRLDistPoint points = CRLDistPoint.getInstance(ASN1OctetString.getInstance(extension).getOctets());
        for (DistributionPoint point : points.getDistributionPoints()) {
            DistributionPointName name = point.getDistributionPoint();
            if (name == null || name.getType() != DistributionPointName.FULL_NAME) {
                continue;
            }
            for (GeneralName general : GeneralNames.getInstance(name.getName()).getNames()) {
                if (general.getTagNo() == GeneralName.uniformResourceIdentifier) {
                    String url = general.getName().toString();
                    if (url.startsWith("http://") || url.startsWith("https://")) {
                        Optional<X509CRL> crl = fetch(url, issuer, now);
                        if (crl.isPresent()) {
                            return crl;
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<X509CRL> fetch(String url, X509Certificate issuer, Instant now) {
        Cached cached = CACHE.get(url);
        if (cached != null && now.isBefore(cached.until())) {
            return Optional.of(cached.crl());
        }
        try {
            HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                LOG.warning(() -> "CRL " + url + ": HTTP " + response.statusCode());
                return Optional.empty();
            }
            X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509")
                    .generateCRL(new ByteArrayInputStream(response.body()));
            crl.verify(issuer.getPublicKey());
            Instant next = crl.getNextUpdate() == null ? now.plus(Duration.ofHours(1))
                    : crl.getNextUpdate().toInstant();
            Instant until = next.isAfter(now.plus(Duration.ofDays(1))) ? now.plus(Duration.ofDays(1)) : next;
            CACHE.put(url, new Cached(crl, until));
            return Optional.of(crl);
        } catch (Exception e) {
            LOG.warning(() -> "CRL " + url + " could not be fetched: " + e);
            return Optional.empty();
        }
    }
}
