package com.axys.golive.simulator;

import com.axys.golive.tls.ThrowawayPki;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * An HTTPS client for the integration tests: real mTLS (a client certificate from a {@link ThrowawayPki}, trusting
 * the simulator's CA) and the Program's API key, answering parsed JSON.
 */
final class TestClient {

    static final String API_KEY = "test-program-key-0001";
    static final ObjectMapper JSON = new ObjectMapper();

    static {
        quietJetty();
    }

    private final HttpClient http;
    private final String baseUrl;

    TestClient(SSLContext tls, String baseUrl) {
        this.http = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build();
        this.baseUrl = baseUrl;
    }

    /** A client presenting {@code identity} (or no certificate when {@code null}) and trusting {@code server}'s CA. */
    static SSLContext tls(ThrowawayPki server, ThrowawayPki identity) {
        try {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("ca", server.caCert());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            KeyManagerFactory keys = null;
            if (identity != null) {
                KeyStore client = KeyStore.getInstance("PKCS12");
                try (InputStream in = Files.newInputStream(identity.client().pkcs12())) {
                    client.load(in, identity.storePassword());
                }
                keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(client, identity.storePassword());
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Without a logback-test.xml on the test classpath logback logs DEBUG, and Jetty's debug output slows the server
     * down several-fold; only Jetty's logger is touched, so other tests in the JVM keep their levels.
     */
    private static void quietJetty() {
        if (org.slf4j.LoggerFactory.getLogger("org.eclipse.jetty") instanceof ch.qos.logback.classic.Logger jetty) {
            jetty.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    static ThrowawayPki pki(Path dir) {
        return ThrowawayPki.generate(dir, java.time.Clock.systemUTC());
    }

    Reply get(String path) {
        return send("GET", path, null, API_KEY);
    }

    Reply post(String path, Object body) {
        return send("POST", path, body, API_KEY);
    }

    Reply put(String path, Object body) {
        return send("PUT", path, body, API_KEY);
    }

    /** {@code body} is sent as is when a String, else as JSON; {@code apiKey} {@code null} sends no key. */
    Reply send(String method, String path, Object body, String apiKey) {
        try {
            return sendOrThrow(method, path, body, apiKey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Reply sendOrThrow(String method, String path, Object body, String apiKey) throws IOException {
        String text = body == null ? "" : body instanceof String raw ? raw : JSON.writeValueAsString(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, text.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(text))
                .header("Content-Type", "application/json");
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().map(), JSON.readTree(response.body()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** A response: status, headers, JSON body. */
    record Reply(int status, Map<String, java.util.List<String>> headers, JsonNode body) {
        String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
