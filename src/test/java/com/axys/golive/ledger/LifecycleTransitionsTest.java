package com.axys.golive.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.config.HarnessConfig;
import com.axys.golive.run.HarnessSession;
import com.axys.golive.run.HarnessSessions;
import com.axys.golive.runner.FeatureRunner;
import com.axys.golive.runner.RunSummary;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The state-transition evidence of a run: onboarding, activation and block/unblock scenarios leave the documented
 * paths in transitions.jsonl (cardholder 4→3→1, card 4→1 and 1→2→1), every one allowed by the state machine.
 */
final class LifecycleTransitionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path evidenceRoot;

    @Test
    void theDocumentedLifecyclePathsAreRecorded() throws Exception {
        Path bundle;
        RunSummary summary;
        try (HarnessSession session = HarnessSession.open(HarnessConfig.simulatorDefaults(evidenceRoot),
                Clock.systemUTC())) {
            bundle = session.evidence().dir();
            HarnessSessions.install(session);
            try {
                summary = FeatureRunner.run(session, "@checklist:P1.INT.03 or @checklist:P1.INT.06"
                        + " or @checklist:P1.INT.09", new PrintWriter(new StringWriter()));
            } finally {
                HarnessSessions.uninstall();
            }
        }
        assertThat(summary.failed()).isZero();

        Map<String, List<Long>> paths = new LinkedHashMap<>();
        for (String line : Files.readAllLines(bundle.resolve("transitions.jsonl"))) {
            JsonNode t = JSON.readTree(line);
            assertThat(t.path("allowedByStateMachine").asBoolean()).as(line).isTrue();
            String field = t.path("field").asText();
            if (field.equals("status") || field.equals("issuerCardStatus")) {
                paths.computeIfAbsent(t.path("entity").asText() + "/" + t.path("id").asText(),
                        k -> new ArrayList<>()).add(t.path("to").asLong());
            }
        }
        assertThat(pathsOf("cardholder/", paths)).as("cardholder paths: %s", paths)
                .anySatisfy(p -> assertThat(p).containsSequence(4L, 3L, 1L));
        assertThat(pathsOf("card/", paths)).as("card paths: %s", paths)
                .anySatisfy(p -> assertThat(p).containsSequence(4L, 1L))
                .anySatisfy(p -> assertThat(p).containsSequence(1L, 2L, 1L));
    }

    private static List<List<Long>> pathsOf(String prefix, Map<String, List<Long>> paths) {
        return paths.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(Map.Entry::getValue)
                .toList();
    }
}
