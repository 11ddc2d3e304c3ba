package it.sfide.document.control;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Who signs: a private key, its certificate chain (signer first, root last), and the name and role shown in the
 * signature.
 */
public record SigningIdentity(PrivateKey key, List<X509Certificate> chain, String name, String role) {

    public X509Certificate certificate() {
        return chain.get(0);
    }
}
