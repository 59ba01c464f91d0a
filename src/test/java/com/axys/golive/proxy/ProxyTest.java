package com.axys.golive.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axys.golive.HarnessException;
import com.axys.golive.config.Target;
import com.axys.golive.run.EmbeddedSimulator;
import com.axys.golive.run.ResolvedCredentials;
import com.axys.golive.simulator.ProgramProfile;
import com.axys.golive.verification.BundleVerifier;
import com.axys.golive.verification.KnownSecrets;
import com.axys.golive.verification.ServerTrust;
import com.axys.golive.verification.Verdict;
import com.axys.golive.verification.VerificationReport;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance tests of {@code golive proxy}: a test client plays a Program backend and calls through the proxy,
 * over real mTLS, to the embedded simulator; the session's bundle must verify as a run's does.
 */
final class ProxyTest {

    @TempDir
    Path work;

    private EmbeddedSimulator simulator;
    private final List<String> console = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startSimulator() {
        simulator = EmbeddedSimulator.start(work.resolve("simulator-pki"), 0, ProgramProfile.defaults(),
                Clock.systemUTC());
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    private ProxySession open(String targetName, FaultPlan faults, boolean allowProduction, Duration hold) {
        ProxySettings settings = new ProxySettings("127.0.0.1", 0, false, work.resolve("proxy-pki"),
                "billing-backend", allowProduction, faults, hold, Duration.ofSeconds(5), Duration.ofSeconds(10),
                work.resolve("evidence"));
        return ProxySession.open(settings, new Target(targetName, simulator.baseUrl()), credentials(),
                Clock.systemUTC(), null, console::add);
    }

    private ResolvedCredentials credentials() {
        return new ResolvedCredentials(simulator.clientIdentity(), List.of(simulator.pki().caCert()),
                simulator.apiKey());
    }

    private static Backend backend(ProxySession session, Duration timeout) {
        return new Backend(session.baseUrl(), session.listenerPki().orElseThrow().caCert(), timeout);
    }

    private VerificationReport verify(ProxySession session) {
        return new BundleVerifier(ServerTrust.jdkAnd(List.of(simulator.pki().caCert())))
                .verify(session.dir(), KnownSecrets.of(session.policy().sensitiveValues()));
    }

    @Test
    void aBackendsCallsThroughTheProxyLeaveABundleThatVerifiesAndNeverHoldsThePan() throws IOException {
        ProxySession session = open("simulator", FaultPlan.NONE, false, ProxySettings.DEFAULT_HOLD);
        Backend backend = backend(session, Duration.ofSeconds(10));
        String pan;
        try {
            Backend.Reply created = backend.post("/cardholders", jordan());
            assertThat(created.status()).as(created.text()).isEqualTo(200);
            long cardholder = created.json().path("cardholderId").asLong();
            assertThat(backend.get("/cardholders").status()).isEqualTo(200);
            assertThat(backend.put("/cardholders/" + cardholder + "/kyc-submit", null).status()).isEqualTo(200);
            assertThat(backend.post("/staging/kyc/validate", Map.of("cardholderId", cardholder, "result", "pass"))
                    .status()).isEqualTo(200);
            simulator.clock().advance(ProgramProfile.defaults().reviewDelay());
            assertThat(backend.get("/cardholders/" + cardholder).json().path("cardholder").path("status").asInt())
                    .isEqualTo(1);
            Backend.Reply card = backend.post("/cards/virtual/" + cardholder, Map.of("nameOnCard", "JORDAN R"));
            assertThat(card.status()).as(card.text()).isEqualTo(200);
            long cardId = card.json().path("cardId").asLong();
            pan = backend.get("/cards/" + cardId + "/details").json().path("cardNumber").asText();
            assertThat(pan).matches("\\d{15,16}");
            assertThat(backend.get("/cardholders/987654321").status()).isEqualTo(404);
        } finally {
            session.close();
        }

        VerificationReport report = verify(session);
        assertThat(report.verdict()).as(String.join("\n", report.lines())).isEqualTo(Verdict.VERIFIED);
        assertThat(filesHolding(session.dir(), pan)).as("files holding the PAN").isEmpty();
        assertThat(filesHolding(session.dir(), simulator.apiKey().asString())).as("files holding the key").isEmpty();

        List<JsonNode> calls = lines(session.dir().resolve("calls.jsonl"));
        assertThat(calls).hasSize(8);
        assertThat(calls).allSatisfy(c -> {
            assertThat(c.path("contract").path("result").asText()).isIn("pass", "fail", "skipped");
            assertThat(c.path("scenario").asText()).isEqualTo("proxy session: billing-backend from 127.0.0.1");
            assertThat(c.path("request").path("headers").path("X-API-Key").asText()).isEqualTo("[REDACTED:api-key]");
        });
        assertThat(calls.stream().filter(c -> c.path("operationId").asText().equals("createCardholder"))
                .findFirst().orElseThrow().path("contract").path("result").asText()).isEqualTo("pass");
        assertThat(lines(session.dir().resolve("transitions.jsonl")))
                .anySatisfy(t -> assertThat(t.path("entity").asText()).isEqualTo("cardholder"));
        assertThat(lines(session.dir().resolve("errors.jsonl")))
                .anySatisfy(e -> assertThat(e.path("status").asInt()).isEqualTo(404));
        assertThat(lines(session.dir().resolve("connections.jsonl"))).isNotEmpty();
        JsonNode coverage = Backend.JSON.readTree(session.dir().resolve("proxy-coverage.json").toFile());
        assertThat(item(coverage, "P1.INT.01").path("result").asText()).isEqualTo("exercised by the integration");
        assertThat(item(coverage, "P1.INT.03").path("result").asText()).isEqualTo("exercised by the integration");
        assertThat(Files.readString(session.dir().resolve("summary.md"))).startsWith("# golive proxy session")
                .doesNotContain("passed by the integration");
    }

    @Test
    void injectedFaultsAreRecordedAsInjectedWithWhatTheBackendDidNext() throws IOException {
        FaultPlan plan = FaultPlan.parse("429:20%,503:20%,timeout:15%,reset-after-send:15%", 7);
        // the backend gives up well before the hold ends, and well after a loaded machine's slowest real answer
        ProxySession session = open("simulator", plan, false, Duration.ofMillis(6000));
        Backend backend = backend(session, Duration.ofMillis(3000));
        List<Integer> seen = new ArrayList<>();
        try {
            for (int read = 0; read < 6; read++) {
                for (int attempt = 0; attempt < 8; attempt++) { // the backend under test retries reads
                    int status = backend.get("/cardholders").status();
                    seen.add(status);
                    if (status == 200) {
                        break;
                    }
                }
            }
        } finally {
            session.close();
        }
        assertThat(verify(session).verdict()).isEqualTo(Verdict.VERIFIED);
        List<JsonNode> faults = lines(session.dir().resolve("faults.jsonl"));
        JsonNode summary = Backend.JSON.readTree(session.dir().resolve("proxy-session.json").toFile());
        // The proxy's count, not the backend's: the JDK client re-sends a GET once, unseen by its caller, when a
        // reused connection closes before the answer (reset-after-send); the proxy records that retry too.
        long requests = summary.path("requests").asLong();
        assertThat(requests).isGreaterThanOrEqualTo(seen.size());
        List<String> expected = new ArrayList<>();
        for (long n = 1; n <= requests; n++) {
            plan.decide(n).ifPresent(k -> expected.add(k.label()));
        }
        assertThat(expected).contains("429", "503", "timeout", "reset-after-send");
        assertThat(faults).extracting(f -> f.path("kind").asText()).containsExactlyElementsOf(expected);
        assertThat(faults).allSatisfy(f -> assertThat(f.path("injected").asBoolean()).isTrue());
        assertThat(faults).filteredOn(f -> f.path("kind").asText().equals("reset-after-send"))
                .allSatisfy(f -> assertThat(f.path("callSeq").asLong()).isPositive());
        assertThat(summary.path("faults")).hasSize(expected.size());
        assertThat(summary.path("faults")).allSatisfy(f ->
                assertThat(f.path("next").asText()).isEqualTo(FollowUp.RETRIED));
        assertThat(Files.readString(session.dir().resolve("summary.md"))).contains("## After each injected fault")
                .contains("retried the same request within");
        assertThat(Files.readString(session.dir().resolve("summary.html")))
                .contains("<h1>golive proxy session: the Program&#39;s own traffic</h1>")
                .contains("<h2>After each injected fault</h2>");
        assertThat(seen).contains(429, 503, -1);
    }

    @Test
    void onProductionOnlyReadsAreForwardedAndEveryOtherRequestIsRefusedAndRecorded() throws IOException {
        assertThatThrownBy(() -> open("production", FaultPlan.NONE, false, ProxySettings.DEFAULT_HOLD))
                .isInstanceOf(HarnessException.class).hasMessageContaining("--allow-production");
        ProxySession session = open("production", FaultPlan.NONE, true, ProxySettings.DEFAULT_HOLD);
        Backend backend = backend(session, Duration.ofSeconds(10));
        try {
            assertThat(backend.get("/cardholders").status()).isEqualTo(200);
            Backend.Reply refused = backend.post("/cardholders", jordan());
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json().path("code").asText()).isEqualTo("refused-by-golive-proxy");
            assertThat(backend.put("/cardholders/1/kyc-submit", null).status()).isEqualTo(403);
            assertThat(backend.get("/cardholders").json().toString()).doesNotContain("Jordan");
        } finally {
            session.close();
        }
        assertThat(lines(session.dir().resolve("calls.jsonl"))).extracting(c -> c.path("method").asText())
                .containsOnly("GET");
        assertThat(lines(session.dir().resolve("errors.jsonl")))
                .filteredOn(e -> e.path("classification").asText().equals("refused-by-golive-proxy"))
                .extracting(e -> e.path("method").asText()).containsExactly("POST", "PUT");
        assertThat(console).anySatisfy(l -> assertThat(l).contains("refused #2 POST /cardholders"));
    }

    @Test
    void onProductionARequestAskingToBeReadAsAWriteIsRefusedNotForwarded() throws IOException {
        ProxySession session = open("production", FaultPlan.NONE, true, ProxySettings.DEFAULT_HOLD);
        Backend backend = backend(session, Duration.ofSeconds(10));
        try {
            for (String header : List.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override")) {
                Backend.Reply refused = backend.send("GET", "/cardholders", null, Map.of(header, "DELETE"));
                assertThat(refused.status()).as(header).isEqualTo(403);
                assertThat(refused.json().path("code").asText()).isEqualTo("refused-by-golive-proxy");
            }
            assertThat(backend.send("GET", "/cardholders", null, Map.of("X-HTTP-Method-Override", "get"))
                    .status()).as("an override to a read is a read").isEqualTo(200);
        } finally {
            session.close();
        }
        assertThat(lines(session.dir().resolve("calls.jsonl"))).hasSize(1);
        assertThat(lines(session.dir().resolve("errors.jsonl")))
                .filteredOn(e -> e.path("classification").asText().equals("refused-by-golive-proxy")).hasSize(3);
    }

    @Test
    void aPathThatClimbsOutOfTheApiBaseIsRefusedNotForwarded() throws IOException {
        ProxySession session = open("simulator", FaultPlan.NONE, false, ProxySettings.DEFAULT_HOLD);
        Backend backend = backend(session, Duration.ofSeconds(10));
        try {
            for (String path : List.of("/../admin", "/cardholders/../../admin", "/%2e%2e/admin", "/%2E./admin",
                    "/./cardholders")) {
                Backend.Reply refused = backend.get(path);
                assertThat(refused.status()).as(path).isEqualTo(404);
                assertThat(refused.json().path("code").asText()).as(path).isEqualTo("not-an-api-path");
            }
        } finally {
            session.close();
        }
        assertThat(lines(session.dir().resolve("calls.jsonl"))).isEmpty();
    }

    @Test
    void aHugeRequestHeaderIsAnswered431NotForwardedAndTheBundleVerifies() throws IOException {
        ProxySession session = open("simulator", FaultPlan.NONE, false, ProxySettings.DEFAULT_HOLD);
        Backend backend = backend(session, Duration.ofSeconds(10));
        try {
            Backend.Reply refused = backend.send("GET", "/cardholders", null, Map.of("X-Big", "x".repeat(300_000)));
            assertThat(refused.status()).isEqualTo(431);
            assertThat(refused.json().path("code").asText()).isEqualTo("request-header-too-large");
            assertThat(backend.get("/cardholders").status()).isEqualTo(200);
        } finally {
            session.close();
        }
        assertThat(lines(session.dir().resolve("calls.jsonl"))).hasSize(1);
        assertThat(verify(session).verdict()).isEqualTo(Verdict.VERIFIED);
    }

    @Test
    void aLongRunOfXInABodyOrQueryIsRecordedAndAnsweredNotAStackOverflow() throws IOException {
        ProxySession session = open("simulator", FaultPlan.NONE, false, ProxySettings.DEFAULT_HOLD);
        Backend backend = backend(session, Duration.ofSeconds(20));
        try {
            Map<String, Object> body = jordan();
            body.put("firstName", "x".repeat(2_000_000));
            assertThat(backend.post("/cardholders", body).status()).as("a 2 MB name").isPositive();
            assertThat(backend.get("/cardholders?q=" + "x".repeat(20_000)).status()).as("a long query")
                    .isPositive();
        } finally {
            session.close();
        }
        assertThat(lines(session.dir().resolve("calls.jsonl"))).hasSize(2);
        assertThat(verify(session).verdict()).isEqualTo(Verdict.VERIFIED);
    }

    @Test
    void theBackendsOwnKeyAndAuthorizationAreForwardedButNeverWritten() throws IOException {
        ProxySession session = open("simulator", FaultPlan.NONE, false, ProxySettings.DEFAULT_HOLD);
        String ownKey = "k_backend_own_key_7f3a9c21";
        String bearer = "Bearer eyBackendToken0123456789";
        try {
            Backend.Reply refused = backend(session, Duration.ofSeconds(10)).send("GET", "/cardholders", null,
                    Map.of("X-API-Key", ownKey, "Authorization", bearer));
            assertThat(refused.status()).as("the simulator refuses a key it did not issue").isEqualTo(401);
        } finally {
            session.close();
        }
        assertThat(session.policy().sensitiveValues().snapshot()).containsKey(ownKey);
        assertThat(verify(session).verdict()).isEqualTo(Verdict.VERIFIED);
        assertThat(filesHolding(session.dir(), ownKey)).isEmpty();
        assertThat(filesHolding(session.dir(), "eyBackendToken0123456789")).isEmpty();
        assertThat(lines(session.dir().resolve("errors.jsonl")))
                .anySatisfy(e -> assertThat(e.path("status").asInt()).isEqualTo(401));
    }

    @Test
    void backendsCallingAtOnceLeaveOneOrderedChainThatVerifies() throws Exception {
        ProxySession session = open("simulator", FaultPlan.NONE, false, ProxySettings.DEFAULT_HOLD);
        List<Integer> statuses = new CopyOnWriteArrayList<>();
        try {
            List<Thread> backends = new ArrayList<>();
            for (int b = 0; b < 6; b++) {
                Backend backend = backend(session, Duration.ofSeconds(20));
                backends.add(new Thread(() -> {
                    for (int i = 0; i < 10; i++) {
                        statuses.add(backend.get("/cardholders").status());
                    }
                }));
            }
            backends.forEach(Thread::start);
            for (Thread t : backends) {
                t.join(60_000);
            }
        } finally {
            session.close();
        }
        assertThat(statuses).hasSize(60).containsOnly(200);
        assertThat(verify(session).verdict()).isEqualTo(Verdict.VERIFIED);
        assertThat(lines(session.dir().resolve("calls.jsonl"))).extracting(c -> c.path("seq").asLong())
                .isSorted().doesNotHaveDuplicates().hasSize(60);
    }

    @Test
    void plainHttpIsRefusedOnAnyAddressButLoopback() {
        assertThatThrownBy(() -> new ProxySettings("0.0.0.0", 0, true, null, "b", false, FaultPlan.NONE,
                ProxySettings.DEFAULT_HOLD, Duration.ofSeconds(1), Duration.ofSeconds(1), work))
                .isInstanceOf(HarnessException.class).hasMessageContaining("--plain-http listens on 127.0.0.1 only")
                .extracting(e -> ((HarnessException) e).category()).isEqualTo(HarnessException.Category.USAGE);
        assertThat(new ProxySettings("127.0.0.1", 0, true, null, "b", false, FaultPlan.NONE,
                ProxySettings.DEFAULT_HOLD, Duration.ofSeconds(1), Duration.ofSeconds(1), work).plainHttp()).isTrue();
    }

    private static JsonNode item(JsonNode coverage, String id) {
        for (JsonNode item : coverage.path("items")) {
            if (item.path("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no item " + id);
    }

    static List<String> filesHolding(Path dir, String value) throws IOException {
        List<String> holding = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(value)) {
                    holding.add(dir.relativize(f).toString());
                }
            }
        }
        return holding;
    }

    static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                out.add(Backend.JSON.readTree(line));
            }
        }
        return out;
    }

    static Map<String, Object> jordan() {
        return com.axys.golive.testing.Onboarding.jordan();
    }
}
