package com.axys.golive.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.config.Target;
import com.axys.golive.run.ResolvedCredentials;
import com.axys.golive.secrets.Secret;
import com.axys.golive.tls.ClientIdentity;
import com.axys.golive.tls.ThrowawayPki;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A proxy started against an IP literal that turns out to be Axys production (its certificate names the
 * production host) sends it nothing: the handshake is refused, the backend is answered 502, and the refused call is
 * in the evidence. The "production" server is a loopback HTTPS server counting the requests it receives.
 */
final class ProductionCertificateRefusalTest {

    @TempDir
    Path work;

    @Test
    void aServerPresentingProductionsCertificateToANonProductionProxyReceivesNothing() throws Exception {
        ThrowawayPki pki = ThrowawayPki.generate(work.resolve("pki"), Clock.systemUTC());
        ThrowawayPki.IssuedIdentity production = pki.issueServer("production",
                List.of("production.api.axyscards.com"));
        AtomicInteger received = new AtomicInteger();
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverContext(production.pkcs12(), pki.storePassword())));
        server.createContext("/", exchange -> {
            received.incrementAndGet();
            byte[] body = "{\"items\":[]}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        ProxySession session = null;
        try {
            Target target = Target.parse("https://127.0.0.1:" + server.getAddress().getPort() + "/v2");
            assertThat(target.isProduction()).isFalse();
            ResolvedCredentials credentials = new ResolvedCredentials(new ClientIdentity(
                    List.of(pki.client().certificate(), pki.caCert()), pki.client().privateKey(), "test"),
                    List.of(pki.caCert()), Secret.of("test:api-key", "k_test_0123456789abcdef"
                    .getBytes(StandardCharsets.US_ASCII)));
            session = ProxySession.open(new ProxySettings("127.0.0.1", 0, true, null, "backend", false,
                    FaultPlan.NONE, ProxySettings.DEFAULT_HOLD, Duration.ofSeconds(5), Duration.ofSeconds(5),
                    work.resolve("evidence")), target, credentials, Clock.systemUTC(), null, line -> { });
            Backend backend = new Backend(session.baseUrl(), null, Duration.ofSeconds(10));

            Backend.Reply get = backend.get("/cardholders");
            Backend.Reply post = backend.post("/cardholders", ProxyTest.jordan());

            assertThat(get.status()).isEqualTo(502);
            assertThat(post.status()).isEqualTo(502);
            assertThat(received).hasValue(0);
            session.close();
            List<JsonNode> calls = ProxyTest.lines(session.dir().resolve("calls.jsonl"));
            assertThat(calls).hasSize(2).allSatisfy(c -> {
                assertThat(c.path("status").asInt()).isEqualTo(-1);
                assertThat(c.path("failure").asText()).contains("presents Axys production's server certificate");
            });
        } finally {
            if (session != null) {
                session.close();
            }
            server.stop(0);
        }
    }

    private static SSLContext serverContext(Path p12, char[] password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(p12)) {
            store.load(in, password);
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, password);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }
}
