package com.axys.golive.tls;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * A client certificate chain (leaf first) and its private key, with where they came from. {@link #toString()} names
 * the source and the certificate, never the key.
 */
public record ClientIdentity(List<X509Certificate> chain, PrivateKey privateKey, String source) {

    public ClientIdentity {
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(source, "source");
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("client identity from '" + source
                    + "' has no certificate; a chain starts with the client certificate");
        }
        chain = List.copyOf(chain);
    }

    /** The leaf: the client certificate itself. */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    @Override
    public String toString() {
        return "ClientIdentity[" + source + ", " + CertificateNames.shortName(certificate()) + "]";
    }
}
