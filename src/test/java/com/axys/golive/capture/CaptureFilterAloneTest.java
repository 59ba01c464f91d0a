package com.axys.golive.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axys.golive.contract.ContractResult;
import com.axys.golive.contract.ContractValidator;
import com.axys.golive.redaction.RedactedExchange;
import com.axys.golive.redaction.RedactionPolicy;
import com.axys.golive.redaction.SensitiveValues;
import com.axys.golive.run.EmbeddedSimulator;
import com.axys.golive.simulator.ProgramProfile;
import com.axys.golive.tls.SslContexts;
import com.fasterxml.jackson.databind.node.TextNode;
import io.restassured.RestAssured;
import io.restassured.config.RestAssuredConfig;
import io.restassured.config.SSLConfig;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.http.conn.ssl.SSLSocketFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The capture filter on its own, no session: the embedded simulator over mTLS, REST Assured with just this filter,
 * and a sink and observers of the test's own. Each call is numbered by the given source, stamped by the given clock,
 * filed under the given scenario, redacted before anyone sees it, judged against the contract, and one failing
 * observer keeps neither the sink nor the other observers from the exchange.
 */
final class CaptureFilterAloneTest {

    private static final Instant NOON = Instant.parse("2026-12-05T12:00:00Z");

    @TempDir
    Path pki;

    private EmbeddedSimulator simulator;
    private final List<String> sunk = new ArrayList<>();
    private final List<String> observed = new ArrayList<>();
    private final List<RedactedExchange> exchanges = new ArrayList<>();
    private final AtomicLong seq = new AtomicLong(40);
    private ScenarioContext scenario = ScenarioContext.of("Listing cardholders", "features/x.feature",
            List.of("@checklist:P1.INT.02"));
    private RequestSpecification spec;

    @BeforeEach
    void start() {
        simulator = EmbeddedSimulator.start(pki, 0, ProgramProfile.defaults(), Clock.systemUTC());
        SensitiveValues secrets = new SensitiveValues();
        secrets.add("api-key", simulator.apiKey().asString());
        RedactionPolicy policy = new RedactionPolicy(secrets);
        ExchangeSink sink = (exchange, contract, s) -> {
            exchanges.add(exchange);
            sunk.add("#" + exchange.seq() + " " + exchange.method() + " " + exchange.path() + " -> "
                    + exchange.status() + " " + contract.outcome() + " in '" + s.name() + "'");
        };
        CaptureFilter filter = new CaptureFilter(simulator.baseUrl(), ContractValidator.fromClasspath(), policy, sink,
                List.of((e, s) -> {
                    throw new IllegalStateException("a broken observer");
                }, (e, s) -> observed.add("#" + e.seq())), () -> scenario, seq::incrementAndGet,
                Clock.fixed(NOON, ZoneOffset.UTC));
        @SuppressWarnings("deprecation")
        SSLSocketFactory sockets = new SSLSocketFactory(SslContexts.client(simulator.clientIdentity(),
                List.of(simulator.pki().caCert())), SSLSocketFactory.STRICT_HOSTNAME_VERIFIER);
        spec = RestAssured.given().baseUri(simulator.baseUrl().toString())
                .header("X-API-Key", simulator.apiKey().asString())
                .config(RestAssuredConfig.config().sslConfig(SSLConfig.sslConfig().sslSocketFactory(sockets)))
                .filter(filter);
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void eachCallIsNumberedStampedFiledRedactedAndSeenByEveryWorkingObserver() {
        assertThat(RestAssured.given().spec(spec).get("/cardholders").statusCode()).isEqualTo(200);
        scenario = ScenarioContext.NONE;
        RestAssured.given().spec(spec).header(CaptureFilter.NEGATIVE_TEST_HEADER, "true").get("/cardholders/0");

        assertThat(sunk).containsExactly("#41 GET /cardholders -> 200 PASS in 'Listing cardholders'",
                "#42 GET /cardholders/0 -> 404 PASS in '" + ScenarioContext.NONE.name() + "'");
        assertThat(observed).as("the second observer, past the first that throws").containsExactly("#41", "#42");
        assertThat(exchanges).allSatisfy(e -> {
            assertThat(e.startedAt()).as("the injected clock").isEqualTo(NOON);
            assertThat(e.requestHeaders().get("X-API-Key")).containsExactly("[REDACTED:api-key]");
            assertThat(e.requestHeaders()).doesNotContainKey(CaptureFilter.NEGATIVE_TEST_HEADER);
        });
        assertThat(exchanges.get(1).negativeTest()).isTrue();
        assertThat(exchanges.get(0).negativeTest()).isFalse();
    }

    @Test
    void anAnswerThatBreaksTheContractIsRecordedThenFailsTheCall() {
        simulator.server().control().overrideResponseField("listCardholders", "/items",
                TextNode.valueOf("not a list"));

        assertThatThrownBy(() -> RestAssured.given().spec(spec).get("/cardholders"))
                .isInstanceOf(ContractViolationError.class).hasMessageContaining("contract violation in call #41");
        assertThat(sunk).containsExactly("#41 GET /cardholders -> 200 FAIL in 'Listing cardholders'");
    }
}
