package com.axys.golive.evidence.bundle;

import com.axys.golive.capture.ScenarioContext;
import com.axys.golive.contract.ContractExchange;
import com.axys.golive.contract.ContractResult;
import com.axys.golive.contract.ContractValidator;
import com.axys.golive.evidence.ErrorRecorder;
import com.axys.golive.evidence.EvidenceRun;
import com.axys.golive.evidence.RunMetadata;
import com.axys.golive.ledger.Transition;
import com.axys.golive.redaction.CapturedExchange;
import com.axys.golive.redaction.RedactedExchange;
import com.axys.golive.redaction.RedactionPolicy;
import com.axys.golive.redaction.SensitiveValues;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed run with one line of every shape the four streams hold, written through the real {@link EvidenceRun} and
 * {@link ErrorRecorder} on a fixed clock: its bytes are the reference the bundle model must keep writing.
 */
final class SampleRun {

    static final String RUN_ID = "20261206T000000Z-simulator-golden";
    static final Instant START = Instant.parse("2026-12-06T00:00:00Z");
    static final List<String> STREAMS = List.of("calls.jsonl", "scenarios.jsonl", "transitions.jsonl",
            "errors.jsonl");

    /** Stands in for the preflight's diagnosis record. */
    record Diagnosis(String cause, String reason, List<String> callingIps) { }

    private SampleRun() {
    }

    /** Writes the sample run under {@code root} and returns its bundle folder (closed). */
    static Path write(Path root) {
        RedactionPolicy policy = new RedactionPolicy(new SensitiveValues());
        try (EvidenceRun run = EvidenceRun.open(root, RUN_ID, Clock.fixed(START, ZoneOffset.UTC),
                new RunMetadata("test", "simulator", "https://127.0.0.1:8443/v2", null, "", "3ds"))) {
            ErrorRecorder errors = new ErrorRecorder(run, policy,
                    () -> new Diagnosis("fcrdns-failed", "PTR of 203.0.113.7 differs", List.of("203.0.113.7")));
            ScenarioContext one = ScenarioContext.of("Issue a card", "features/phase1/cards.feature",
                    List.of("@checklist:P1.INT.08", "@smoke"));
            ScenarioContext two = ScenarioContext.of("Refusals", "features/phase1/refusals.feature",
                    List.of("@checklist:P1.SEC.01"));
            call(run, errors, policy, one, "POST", "/cardholders", "{\"firstName\":\"Jo\"}", 200,
                    "{\"status\":\"success\",\"cardholderId\":10532}", null);
            call(run, errors, policy, one, "GET", "/cards/8821/balance?x=1", null, 404,
                    "{\"status\":\"error\",\"message\":\"no card\",\"code\":\"NOT_FOUND\"}", null);
            call(run, errors, policy, two, "GET", "/cardholders/1", null, 403,
                    "{\"status\":\"error\",\"message\":\"No Authorised IPs configured\"}", null);
            call(run, errors, policy, two, "GET", "/nowhere", null, 502, "<html>bad gateway</html>", null);
            call(run, errors, policy, two, "GET", "/cards/1", null, -1, null, "connect timed out");
            errors.recordRefusedConnection(two, "connect without a client certificate", "handshake_failure");
            errors.recordGuardRefusal(two, "POST", "/cards/1/block", "not @production-safe");
            run.recordTransition(new Transition("card", "8821", "cardStatus", null, 1, START.plusSeconds(1), 1,
                    one.name(), true, "first sighting"));
            run.recordTransition(new Transition("card", "8821", "cardStatus", 1L, 9, START.plusSeconds(2), 2,
                    one.name(), false, "undocumented: 1 -> 9"));
            run.recordScenario(one, "passed", 25, null);
            run.recordScenario(two, "failed", 30, "expected <blocked>", "20261205T000000Z-simulator-before",
                    Map.of("cardId", TextNode.valueOf("8821")));
            run.recordScenario(two, "pending-on-target", 31, null, null, Map.of());
            return run.dir();
        }
    }

    private static void call(EvidenceRun run, ErrorRecorder errors, RedactionPolicy policy, ScenarioContext scenario,
                             String method, String pathAndQuery, String requestBody, int status, String responseBody,
                             String failure) {
        long seq = run.nextSeq();
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        String query = q < 0 ? "" : pathAndQuery.substring(q + 1);
        Map<String, List<String>> requestHeaders = new LinkedHashMap<>(); // one name: Map.copyOf keeps no order
        requestHeaders.put("X-Request-Id", List.of("a", "b")); // two values: one field, joined
        Map<String, List<String>> responseHeaders = status < 0 ? Map.of()
                : Map.of("Content-Type", List.of("application/json"));
        CapturedExchange raw = new CapturedExchange(seq, START.plusSeconds(seq), 12, method,
                "https://127.0.0.1:8443/v2" + pathAndQuery, path, query, requestHeaders, requestBody, status,
                responseHeaders, responseBody, failure, status == 404);
        ContractResult verdict = status < 0 ? ContractResult.skipped(null, null)
                : ContractValidator.fromClasspath().validate(new ContractExchange(method, path, query,
                requestHeaders, requestBody, status, responseHeaders, responseBody, requestBody != null));
        RedactedExchange redacted = policy.redact(raw);
        run.record(redacted, verdict, scenario);
        errors.observe(redacted, scenario);
    }
}
