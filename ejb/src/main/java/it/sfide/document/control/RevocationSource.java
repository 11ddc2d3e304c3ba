package it.sfide.document.control;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;

/** Where the CRLs covering a set of certificates come from, when a signature's validation data is embedded. */
@FunctionalInterface
public interface RevocationSource {

    List<X509CRL> crlsFor(Collection<X509Certificate> certificates);

    /** Always the same CRLs, whatever the certificates (tests, and a single-CA platform). */
    static RevocationSource of(List<X509CRL> crls) {
        return certificates -> crls;
    }
}
