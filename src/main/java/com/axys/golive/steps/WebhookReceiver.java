package com.axys.golive.steps;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The Program's own OTP webhook, as a harness scenario runs it ({@code @simulator-only}): an HTTPS receiver on
 * 127.0.0.1 with a certificate from the embedded simulator's throwaway CA, which records every body posted to it
 * and answers 200. A staging webhook must be publicly reachable with a publicly trusted certificate; this one is not.
 */
final class WebhookReceiver implements AutoCloseable {

    private final HttpsServer server;
    private final List<String> bodies = new ArrayList<>();

    WebhookReceiver(Path keystore, char[] password) {
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, password);
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keys, password);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(kmf.getKeyManagers(), null, null);
            server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(tls));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the test webhook receiver cannot start: " + e.getMessage(), e);
        }
        server.createContext("/otp-webhook", exchange -> {
            try (exchange) {
                String body = new String(exchange.getRequestBody().readNBytes(4_096), StandardCharsets.UTF_8);
                synchronized (bodies) {
                    bodies.add(body);
                    bodies.notifyAll();
                }
                exchange.sendResponseHeaders(200, -1);
            }
        });
        server.start();
    }

    /** {@code https://127.0.0.1:PORT/otp-webhook} */
    String url() {
        return "https://127.0.0.1:" + server.getAddress().getPort() + "/otp-webhook";
    }

    /** The bodies received, waiting up to {@code within} for the first. */
    List<String> received(Duration within) {
        Instant deadline = Instant.now().plus(within);
        synchronized (bodies) {
            while (bodies.isEmpty() && Instant.now().isBefore(deadline)) {
                try {
                    bodies.wait(Math.max(1, Duration.between(Instant.now(), deadline).toMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new UncheckedIOException(new IOException("interrupted while waiting for the webhook"));
                }
            }
            return List.copyOf(bodies);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
