package com.axys.golive.simulator;

import com.axys.golive.testing.Onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.axys.golive.simulator.TestClient.Reply;
import com.axys.golive.tls.ThrowawayPki;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulator as a server: loopback HTTPS with client certificates, API key, routing and the envelopes. */
final class AxysSimulatorTest {

    @TempDir
    static Path dir;
    private static ThrowawayPki pki;
    private static AxysSimulator simulator;
    private static TestClient client;

    @BeforeAll
    static void start() {
        pki = TestClient.pki(dir.resolve("pki"));
        simulator = AxysSimulator.start(SimulatorOptions.of(pki, TestClient.API_KEY));
        client = new TestClient(TestClient.tls(pki, pki), simulator.baseUrl());
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @BeforeEach
    void reset() {
        simulator.control().reset();
    }

    @Test
    void servesHttpsOnLoopbackUnderV2() {
        assertThat(simulator.baseUrl()).matches("https://127\\.0\\.0\\.1:\\d+/v2");
        assertThat(simulator.port()).isPositive();
    }

    @Test
    void anEmptyProgramListsNoCardholdersInTheListEnvelope() {
        Reply reply = client.get("/cardholders");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThat(reply.body().toString())
                .isEqualTo("{\"status\":\"success\",\"items\":[],\"total\":0,\"limit\":50,\"offset\":0}");
    }

    @Test
    void refusesAClientWithoutCertificate() {
        TestClient anonymous = new TestClient(TestClient.tls(pki, null), simulator.baseUrl());
        Throwable refused = catchThrowable(() -> anonymous.sendOrThrow("GET", "/cardholders", null,
                TestClient.API_KEY));
        assertThat(refused).isInstanceOf(IOException.class);
    }

    @Test
    void refusesACertificateFromAnotherCa() {
        ThrowawayPki other = ThrowawayPki.generateOther(dir.resolve("other"), Clock.systemUTC(), "Some Other CA");
        TestClient stranger = new TestClient(TestClient.tls(pki, other), simulator.baseUrl());
        Throwable refused = catchThrowable(() -> stranger.sendOrThrow("GET", "/cardholders", null,
                TestClient.API_KEY));
        assertThat(refused).isInstanceOf(IOException.class);
    }

    @Test
    void aMissingApiKeyIs401() {
        Reply reply = client.send("GET", "/cardholders", null, null);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body().path("status").asText()).isEqualTo("error");
        assertThat(reply.body().path("code").asText()).isEqualTo("UNAUTHORIZED");
        assertThat(reply.body().path("message").asText()).contains("X-API-Key");
    }

    @Test
    void aWrongApiKeyIs401AndIsNotEchoed() {
        Reply reply = client.send("GET", "/cardholders", null, "not-the-key");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body().toString()).doesNotContain("not-the-key");
    }

    @Test
    void anUnknownRouteIs404WithTheErrorEnvelope() {
        Reply reply = client.get("/no-such-thing");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body().path("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(client.get("/wallets/3301").status()).isEqualTo(404);
        assertThat(client.send("DELETE", "/cardholders", null, TestClient.API_KEY).status()).isEqualTo(404);
    }

    @Test
    void anUnknownIdIs404() {
        Reply reply = client.get("/cardholders/424242");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body().path("message").asText()).contains("424242");
    }

    @Test
    void aNonIntegerPathIdIs400() {
        Reply reply = client.get("/cards/abc/balance");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().path("code").asText()).isEqualTo("MALFORMED_REQUEST");
    }

    @Test
    void malformedJsonIs400() {
        assertThat(client.post("/cardholders", "{\"firstName\": ").status()).isEqualTo(400);
        assertThat(client.post("/cardholders", "[1, 2]").status()).isEqualTo(400);
    }

    @Test
    void validationErrorsAre422WithEveryBrokenField() {
        Reply reply = client.post("/cardholders", Map.of("firstName", "J"));
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body().path("code").asText()).isEqualTo("VALIDATION_FAILED");
        assertThat(reply.body().path("errors")).hasSize(12);
        assertThat(reply.body().path("errors").get(0).toString())
                .isEqualTo("{\"field\":\"firstName\",\"rule\":\"length 2-50\"}");
    }

    @Test
    void aStateConflictIs409() {
        long id = client.post("/cardholders", Onboarding.jordan()).body().path("cardholderId").asLong();
        assertThat(client.put("/cardholders/" + id + "/kyc-submit", null).status()).isEqualTo(200);
        Reply reply = client.put("/cardholders/" + id, Map.of("callingCode", "1", "firstName", "Jo"));
        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.body().path("code").asText()).isEqualTo("INVALID_STATE");
        assertThat(reply.body().path("message").asText()).contains("3 (Under Review)");
    }
}
