package com.axys.golive.report;

import com.axys.golive.redaction.CapturedExchange;
import com.axys.golive.capture.ScenarioContext;
import com.axys.golive.contract.ContractExchange;
import com.axys.golive.contract.ContractResult;
import com.axys.golive.contract.ContractValidator;
import com.axys.golive.evidence.ErrorRecorder;
import com.axys.golive.evidence.EvidenceRun;
import com.axys.golive.evidence.RunMetadata;
import com.axys.golive.ledger.Transition;
import com.axys.golive.redaction.RedactionPolicy;
import com.axys.golive.redaction.SensitiveValues;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A real evidence bundle for report tests, written the way a run writes it: raw exchanges are validated by the
 * real contract validator, redacted by the real policy and recorded by the real {@link EvidenceRun}; refused calls
 * go through the real {@link ErrorRecorder}.
 */
final class BundleFixture implements AutoCloseable {

    static final String API_KEY = "sk_live_reportfixture_0123456789";
    static final String RUN_ID = "20261126T100000Z-simulator-abc123";
    static final String BASE_URL = "https://127.0.0.1:8443/v2";
    static final Instant START = Instant.parse("2026-11-26T10:00:00Z");
    static final Map<String, List<String>> JSON = Map.of("Content-Type", List.of("application/json"));
    static final String PAN = "4111111111111111";
    static final String OTP_TOKEN = "otp_tok_9f8e7d6c5b4a";
    static final String HOSTILE_NAME = "<script>alert('pwned')</script> & \"friends\"";

    private final EvidenceRun run;
    private final RedactionPolicy policy;
    private final ErrorRecorder errors;

    private BundleFixture(EvidenceRun run, RedactionPolicy policy) {
        this.run = run;
        this.policy = policy;
        this.errors = new ErrorRecorder(run, policy);
    }

    static BundleFixture open(Path root) {
        SensitiveValues sensitive = new SensitiveValues();
        sensitive.add("api-key", API_KEY);
        EvidenceRun run = EvidenceRun.open(root, RUN_ID, Clock.fixed(START, ZoneOffset.UTC),
                new RunMetadata("test", "simulator", BASE_URL, null, "", "3ds,bank"));
        return new BundleFixture(run, new RedactionPolicy(sensitive));
    }

    static ScenarioContext scenario(String name, String... checklistIds) {
        List<String> tags = Arrays.stream(checklistIds).map(id -> "@checklist:" + id).toList();
        return ScenarioContext.of(name, "features/phase1/fixture.feature", tags);
    }

    Path dir() {
        return run.dir();
    }

    /** A response-only call (no request body). */
    long call(ScenarioContext scenario, String method, String pathAndQuery, int status, String responseBody) {
        return call(scenario, method, pathAndQuery, null, status, JSON, responseBody);
    }

    /** Records one call as the capture filter does: validate raw, redact, record, let the error recorder see it. */
    long call(ScenarioContext scenario, String method, String pathAndQuery, String requestBody, int status,
              Map<String, List<String>> responseHeaders, String responseBody) {
        long seq = run.nextSeq();
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        String query = q < 0 ? "" : pathAndQuery.substring(q + 1);
        Map<String, List<String>> requestHeaders = new LinkedHashMap<>(JSON);
        requestHeaders.put("X-API-Key", List.of(API_KEY));
        CapturedExchange raw = new CapturedExchange(seq, START.plusSeconds(seq), 12, method,
                BASE_URL + pathAndQuery, path, query, requestHeaders, requestBody, status, responseHeaders,
                responseBody, null, false);
        ContractResult verdict = ContractValidator.fromClasspath().validate(new ContractExchange(method, path, query,
                requestHeaders, requestBody, status, responseHeaders, responseBody, requestBody != null));
        var redacted = policy.redact(raw);
        run.record(redacted, verdict, scenario);
        errors.observe(redacted, scenario);
        return seq;
    }

    /** Records how a scenario ended; a failure message is redacted first, as the evidence plugin does. */
    void ended(ScenarioContext scenario, String status, String rawFailure) {
        run.recordScenario(scenario, status, 25, rawFailure == null ? null : policy.redactText(rawFailure));
    }

    void transition(ScenarioContext scenario, long callSeq, Long from, long to, boolean allowed, String rule) {
        run.recordTransition(new Transition("card", "8821", "cardStatus", from, to, START.plusSeconds(callSeq),
                callSeq, scenario.name(), allowed, rule));
    }

    /**
     * A small run with a bit of everything: card details carrying a PAN and CVV, an OTP token in a path, a refused
     * call, an allowed and an undocumented transition, a failed scenario named with HTML whose raw failure
     * message held the PAN, and calls of three operations.
     */
    void recordSampleRun() {
        ScenarioContext details = scenario("Card details are shown once", "P1.SEC.03");
        long detailsCall = call(details, "GET", "/cards/8821/details", 200, "{\"status\":\"success\",\"cardId\":8821,"
                + "\"cardNumber\":\"" + PAN + "\",\"cvv\":\"987\",\"expMonth\":\"07\",\"expYear\":\"2029\"}");
        ended(details, "passed", null);
        ScenarioContext otp = scenario("An OTP arrives", "P1.INT.17");
        call(otp, "GET", "/otp/" + OTP_TOKEN, 200, "{\"status\":\"received\",\"code\":\"847291\"}");
        ended(otp, "passed", null);
        ScenarioContext hostile = scenario(HOSTILE_NAME, "P1.INT.08");
        long missing = call(hostile, "GET", "/cards/404404", 404,
                "{\"status\":\"error\",\"message\":\"no card\",\"code\":\"NOT_FOUND\"}");
        transition(hostile, detailsCall, null, 1, true, "first sighting in a documented initial state");
        transition(hostile, missing, 1L, 9L, false, "undocumented: 1 -> 9");
        ended(hostile, "failed", "expected card " + PAN + " to be active but it was <blocked>");
    }

    Bundle bundle() {
        return BundleReader.read(run.dir());
    }

    static RunFacts facts(boolean simulator, String targetName, Set<String> features) {
        return new RunFacts(RUN_ID, targetName, simulator ? BASE_URL : "https://staging.api.axyscards.com/v2",
                simulator, features, new CertificateFacts("CN=pay.example.test,O=Example", "CN=Test CA",
                "AB:CD:EF", START.minusSeconds(3600), START.plusSeconds(90L * 86400), 90), "test",
                START, START.plusSeconds(456));
    }

    static RunFacts simulatorFacts() {
        return facts(true, "simulator", Set.of("3ds", "bank"));
    }

    @Override
    public void close() {
        run.close();
    }
}
