package com.axys.golive.tls;

import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLContext;

/** One SSLContext factory for client, preflight and tests. STUB: to be implemented (see the tls brief). */
public final class SslContexts {
    private SslContexts() { }
    /** Client context presenting {@code identity}; trusts {@code trustAnchors}, or the JDK's defaults when empty. */
    public static SSLContext client(ClientIdentity identity, List<X509Certificate> trustAnchors) {
        throw new UnsupportedOperationException("stub");
    }
    /** Parses one or more PEM certificates (a CA bundle). */
    public static List<X509Certificate> readCertificates(byte[] pem, String label) {
        throw new UnsupportedOperationException("stub");
    }
}
