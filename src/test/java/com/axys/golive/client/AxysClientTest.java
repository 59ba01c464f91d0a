package com.axys.golive.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.axys.golive.capture.CaptureFilter;
import com.axys.golive.capture.ScenarioContext;
import com.axys.golive.contract.ContractValidator;
import com.axys.golive.redaction.RedactionPolicy;
import com.axys.golive.redaction.SensitiveValues;
import com.axys.golive.secrets.Secret;
import com.axys.golive.tls.ClientIdentity;
import com.axys.golive.tls.SslContexts;
import com.axys.golive.tls.ThrowawayPki;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the harness client puts on the wire, counted by a raw HTTPS server at the other end of the socket. */
final class AxysClientTest {

    @TempDir
    static Path dir;
    static ThrowawayPki pki;
    static RawHttpsServer server;
    static AxysClient client;

    @BeforeAll
    static void start() throws Exception {
        pki = ThrowawayPki.generate(dir.resolve("pki"), Clock.systemUTC());
        server = RawHttpsServer.start(pki);
        URI base = URI.create("https://127.0.0.1:" + server.port() + "/v2");
        ClientIdentity identity = new ClientIdentity(List.of(pki.client().certificate(), pki.caCert()),
                pki.client().privateKey(), "test");
        AtomicLong seq = new AtomicLong();
        CaptureFilter capture = new CaptureFilter(base, ContractValidator.fromClasspath(),
                new RedactionPolicy(new SensitiveValues()), (exchange, contract, scenario) -> { }, List.of(),
                () -> ScenarioContext.NONE, seq::incrementAndGet, Clock.systemUTC());
        CallGate gate = new CallGate();
        @SuppressWarnings("deprecation")
        ProductionCertificateCheck certificates = new ProductionCertificateCheck(
                org.apache.http.conn.ssl.SSLSocketFactory.STRICT_HOSTNAME_VERIFIER, false, gate);
        client = new AxysClient(base, SslContexts.client(identity, List.of(pki.caCert())),
                Secret.of("test", "key-123456"), Duration.ofSeconds(5), Duration.ofSeconds(5), 1000, Retries.none(),
                List.of(), capture, new ProductionRequestGuard(false, false, () -> ScenarioContext.NONE, gate,
                        (scenario, method, path, reason) -> { }), certificates);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    @Tag("security")
    void aPostCarriesExactlyOneContentTypeHeader() {
        int before = server.requests().size();
        // The raw server's "{}" breaks the contract; what matters here is what reached the server.
        catchThrowable(() -> client.cardholders().create(Map.of("firstName", "Jordan")));

        assertThat(server.requests()).hasSize(before + 1);
        assertThat(server.count(before, "Content-Type")).as("Content-Type lines on the wire").isEqualTo(1);
        assertThat(server.requests().get(before)).contains("Content-Type: application/json");
    }

    @Test
    @Tag("security")
    void everyHeaderGoesOutOnceAndTheApiKeyExactlyOnce() {
        int before = server.requests().size();
        catchThrowable(() -> client.cardholders().list(Map.of()));

        List<String> names = server.requests().get(before).stream()
                .map(l -> l.substring(0, l.indexOf(':')).toLowerCase(java.util.Locale.ROOT)).toList();
        assertThat(names).doesNotHaveDuplicates().contains("x-api-key", "accept");
    }
}
