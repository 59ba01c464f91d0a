package com.axys.golive.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.config.HarnessConfig;
import com.axys.golive.run.HarnessSession;
import com.axys.golive.run.HarnessSessions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decline scenarios (compliance-resubmission.feature, escalation.feature) pass together in one run, and the
 * bundle no longer contradicts itself: no cardholder moves 7 -> 3 (an Admin Decline re-submitted), and every move
 * 6 -> 3 comes after a support ticket about that cardholder.
 */
final class DeclinePathsFeatureTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path evidenceRoot;

    @Test
    void theDeclineScenariosPassAndTheBundleShowsNoAdminDeclineResubmitted() throws Exception {
        StringWriter out = new StringWriter();
        RunSummary summary;
        try (HarnessSession session = HarnessSession.open(HarnessConfig.simulatorDefaults(evidenceRoot),
                Clock.systemUTC())) {
            HarnessSessions.install(session);
            try {
                summary = FeatureRunner.run(session, "@checklist:P1.INT.02 or @checklist:P1.ERR.03 or "
                        + "@checklist:P1.ERR.04 or @checklist:P1.ERR.06", new PrintWriter(out, true));
            } finally {
                HarnessSessions.uninstall();
            }
        }
        String failures = summary.failures().stream().map(Object::toString).collect(Collectors.joining("\n"));
        assertThat(summary.failed()).as("%s%n%s", failures, out).isZero();
        assertThat(summary.passed()).as("the 12 scenarios of the decline paths, the Error ones included")
                .isEqualTo(12L);
        Path bundle;
        try (var runs = Files.list(evidenceRoot)) {
            bundle = runs.findFirst().orElseThrow();
        }
        List<JsonNode> cardholderMoves = Files.readAllLines(bundle.resolve("transitions.jsonl")).stream()
                .map(DeclinePathsFeatureTest::json).filter(t -> t.path("entity").asText().equals("cardholder"))
                .toList();
        assertThat(cardholderMoves).as("cardholder moves 7 -> 3").noneMatch(t -> t.path("from").asInt(-1) == 7
                && t.path("to").asInt() == 3);
        assertThat(cardholderMoves).as("cardholder moves 6 -> 3").anyMatch(t -> t.path("from").asInt(-1) == 6
                && t.path("to").asInt() == 3);
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
