package com.axys.golive.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.redaction.CapturedExchange;
import com.axys.golive.capture.ScenarioContext;
import com.axys.golive.redaction.RedactedExchange;
import com.axys.golive.redaction.RedactionPolicy;
import com.axys.golive.redaction.SensitiveValues;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How refusals land in errors.jsonl, the 403 "No Authorised IPs configured" with its diagnosed cause. */
final class ErrorRecorderTest {

    private static final Instant START = Instant.parse("2026-12-04T07:00:00Z");
    private static final String NO_IPS = "{\"status\":\"error\",\"message\":\"No Authorised IPs configured\"}";

    /** Stands in for the preflight's diagnosis record: serialised as it is. */
    record Diagnosis(String cause, String reason, List<String> callingIps, Map<String, String> pointers) { }

    @TempDir
    Path root;

    @Test
    void filesTheDiagnosedCauseAndItsFactsOnANoAuthorisedIpsRefusal() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        EvidenceRun run = open();
        ErrorRecorder recorder = new ErrorRecorder(run, new RedactionPolicy(new SensitiveValues()), () -> {
            asked.incrementAndGet();
            return new Diagnosis("fcrdns-failed", "FCrDNS fails: PTR of 203.0.113.7 is host.isp.example.net",
                    List.of("203.0.113.7"), Map.of("203.0.113.7", "host.isp.example.net"));
        });

        recorder.observe(exchange(1, 403, NO_IPS), scenario());
        recorder.observe(exchange(2, 404, "{\"status\":\"error\",\"message\":\"no card\"}"), scenario());

        List<JsonNode> lines = lines(run);
        assertThat(lines.get(0).path("classification").asText()).isEqualTo("ip-allowlist-or-fcrdns");
        assertThat(lines.get(0).path("cause").asText()).isEqualTo("fcrdns-failed");
        assertThat(lines.get(0).path("causeReason").asText()).contains("PTR of 203.0.113.7");
        assertThat(lines.get(0).path("facts").path("pointers").path("203.0.113.7").asText())
                .isEqualTo("host.isp.example.net");
        assertThat(lines.get(1).has("cause")).isFalse();
        assertThat(asked).as("DNS asked only for the 403").hasValue(1);
    }

    @Test
    void filesTheCauseAsUndeterminedWhenNoDnsFactsCanBeGathered() throws Exception {
        EvidenceRun run = open();
        new ErrorRecorder(run, new RedactionPolicy(new SensitiveValues())).observe(exchange(1, 403, NO_IPS),
                scenario());

        assertThat(lines(run).get(0).path("cause").asText()).isEqualTo("undetermined");
    }

    private EvidenceRun open() {
        return EvidenceRun.open(root, "20261204T070000Z-simulator-abc123", Clock.fixed(START, ZoneOffset.UTC),
                new RunMetadata("test", "simulator", "https://127.0.0.1:8443/v2", null, "", ""));
    }

    private static ScenarioContext scenario() {
        return ScenarioContext.of("The cardholder list is refused", "features/errors/no-authorised-ips.feature",
                List.of("@checklist:P1.ERR.02"));
    }

    private static RedactedExchange exchange(long seq, int status, String body) {
        Map<String, List<String>> json = Map.of("Content-Type", List.of("application/json"));
        return new RedactionPolicy(new SensitiveValues()).redact(new CapturedExchange(seq, START, 12, "GET",
                "https://127.0.0.1:8443/v2/cardholders", "/cardholders", "", json, null, status, json, body, null,
                false));
    }

    private static List<JsonNode> lines(EvidenceRun run) throws Exception {
        return Files.readAllLines(run.dir().resolve(EvidenceFiles.ERRORS)).stream().map(l -> {
            try {
                return EvidenceRun.MAPPER.readTree(l);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
