package com.axys.golive.tls;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/** A client certificate chain and its private key. STUB shape: to be completed (see the tls brief). */
public record ClientIdentity(List<X509Certificate> chain, PrivateKey privateKey, String source) {
    public X509Certificate certificate() { return chain.get(0); }

    @Override
    public String toString() { return "ClientIdentity[" + source + "]"; }
}
