package com.axys.golive.capture;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One TLS connection the client opened to the target, as the server presented itself once the handshake and the
 * host name check passed: the host asked for, the address it resolved to, and the certificate chain the server sent
 * (leaf first). Public facts only: what an auditor compares with Axys's own records.
 *
 * @param address the IP address connected to, or null when the socket did not say
 */
public record ServerConnection(Instant at, String host, int port, String address, String protocol,
                               String cipherSuite, List<X509Certificate> chain) {

    public ServerConnection {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(host, "host");
        chain = List.copyOf(chain);
    }
}
