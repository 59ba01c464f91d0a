package com.axys.golive.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * Tries one HTTPS request with a given TLS setup, outside the normal client: for the mTLS negatives (no client
 * certificate, a certificate from another CA). With TLS 1.3 a server may reject the client certificate only after
 * the handshake, so the probe also sends a request and reads the status line; a rejection shows up as an
 * SSLHandshakeException or as a reset/broken pipe, and both count as refused.
 */
public final class TlsProbe {

    /** How the attempt ended: refused (with the exception's class) or answered (with the HTTP status line). */
    public record Outcome(boolean refused, String detail) { }

    private TlsProbe() {
    }

    public static Outcome attempt(URI baseUrl, SSLContext context, Duration timeout) {
        int port = baseUrl.getPort() == -1 ? 443 : baseUrl.getPort();
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket()) {
            socket.connect(new InetSocketAddress(baseUrl.getHost(), port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            socket.setEnabledProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
            var params = socket.getSSLParameters();
            params.setApplicationProtocols(new String[] {"http/1.1"});
            socket.setSSLParameters(params);
            socket.startHandshake();
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + baseUrl.getPath() + "/cardholders HTTP/1.1\r\nHost: " + baseUrl.getHost()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[64];
            int n = in.read(buffer);
            if (n <= 0) {
                return new Outcome(true, "connection closed by the server before any HTTP response");
            }
            String statusLine = new String(buffer, 0, n, StandardCharsets.US_ASCII).lines().findFirst().orElse("");
            return new Outcome(false, statusLine);
        } catch (IOException e) {
            return new Outcome(true, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
