package com.axys.golive.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axys.golive.HarnessException;
import com.axys.golive.run.EmbeddedSimulator;
import com.axys.golive.secrets.Secret;
import com.axys.golive.simulator.ProgramProfile;
import com.axys.golive.tls.SslContexts;
import io.restassured.RestAssured;
import io.restassured.config.RestAssuredConfig;
import io.restassured.config.SSLConfig;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.http.conn.ssl.SSLSocketFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stop on a refused API key, in front of the real simulator over mTLS (its API key is the only right one). */
@Tag("security")
final class RefusedApiKeyStopTest {

    private static final String WRONG = "sim_a-key-of-another-environment";

    @TempDir
    static Path dir;
    private static EmbeddedSimulator server;

    @BeforeAll
    static void start() {
        server = EmbeddedSimulator.start(dir.resolve("pki"), 0, ProgramProfile.defaults(), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aRefusalOfTheRunsOwnKeyClosesTheGateWithTheCallAndTheFix() {
        CallGate gate = new CallGate();
        RefusedApiKeyStop stop = new RefusedApiKeyStop(Secret.of("test", WRONG), gate, s -> s);

        assertThatThrownBy(() -> request(stop).header("X-API-Key", WRONG).get("/cardholders"))
                .isInstanceOf(HarnessException.class)
                .hasMessage("the target refused the API key (401 on GET /v2/cardholders); check --api-key /"
                        + " AXYS_API_KEY is the key of this environment");
        assertThat(gate.reason()).get().extracting(HarnessException::category)
                .isEqualTo(HarnessException.Category.CONNECTIVITY);
    }

    @Test
    void anotherKeyOrNoKeyIsADeliberateNegativeAndPassesThrough() {
        CallGate gate = new CallGate();
        RefusedApiKeyStop stop = new RefusedApiKeyStop(server.apiKey(), gate, s -> s);

        assertThat(request(stop).header("X-API-Key", WRONG).get("/cardholders").statusCode()).isEqualTo(401);
        assertThat(request(stop).get("/cardholders").statusCode()).isEqualTo(401);
        assertThat(gate.reason()).isEmpty();
    }

    @Test
    void theRightKeyIsAcceptedAndTheGateStaysOpen() {
        CallGate gate = new CallGate();
        RefusedApiKeyStop stop = new RefusedApiKeyStop(server.apiKey(), gate, s -> s);

        assertThat(request(stop).header("X-API-Key", server.apiKey().asString()).get("/cardholders").statusCode())
                .isEqualTo(200);
        assertThat(gate.reason()).isEmpty();
    }

    @Test
    void thePathInTheMessagePassesThroughTheRedaction() {
        CallGate gate = new CallGate();
        RefusedApiKeyStop stop = new RefusedApiKeyStop(Secret.of("test", WRONG), gate,
                s -> s.replace("cardholders", "[REDACTED:token]"));

        assertThatThrownBy(() -> request(stop).header("X-API-Key", WRONG).get("/cardholders"))
                .hasMessageContaining("401 on GET /v2/[REDACTED:token]");
    }

    @SuppressWarnings("deprecation")
    private static RequestSpecification request(RefusedApiKeyStop stop) {
        var tls = SslContexts.client(server.clientIdentity(), List.of(server.pki().caCert()));
        return RestAssured.given().baseUri(server.baseUrl().toString())
                .config(RestAssuredConfig.config().sslConfig(SSLConfig.sslConfig().sslSocketFactory(
                        new SSLSocketFactory(tls, SSLSocketFactory.STRICT_HOSTNAME_VERIFIER))))
                .filter(stop);
    }
}
