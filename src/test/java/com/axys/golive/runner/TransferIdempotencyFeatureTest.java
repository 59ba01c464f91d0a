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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * transfer-idempotency.feature through the real runner and simulator over mTLS: every scenario passes (each counts
 * the debits on the simulator's wallet), and the run's calls show one POST per transfer wherever the answer was lost,
 * listed late or could not be matched, and two only where the gateway refused the first before making it.
 */
final class TransferIdempotencyFeatureTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path evidenceRoot;

    @Test
    void everyAmbiguousTransferIsMadeExactlyOnce() throws Exception {
        StringWriter out = new StringWriter();
        RunSummary summary;
        try (HarnessSession session = HarnessSession.open(HarnessConfig.simulatorDefaults(evidenceRoot),
                Clock.systemUTC())) {
            HarnessSessions.install(session);
            try {
                summary = FeatureRunner.run(session, "@checklist:P1.ERR.05", new PrintWriter(out, true));
            } finally {
                HarnessSessions.uninstall();
            }
        }
        String failures = summary.failures().stream().map(Object::toString).collect(Collectors.joining("\n"));
        assertThat(summary.failed()).as("%s%n%s", failures, out).isZero();
        assertThat(summary.passed()).as(out.toString()).isEqualTo(5L);

        Path bundle;
        try (var runs = Files.list(evidenceRoot)) {
            bundle = runs.findFirst().orElseThrow();
        }
        List<JsonNode> posts = new ArrayList<>();
        for (String line : Files.readAllLines(bundle.resolve("calls.jsonl"))) {
            JsonNode call = JSON.readTree(line);
            // by method and path: a call that got no answer is recorded without an operationId
            if (call.path("method").asText().equals("POST") && call.path("path").asText().equals("/wallets/transfer")) {
                posts.add(call);
            }
        }
        assertThat(posts.stream().collect(Collectors.groupingBy(call -> call.path("scenario").asText(),
                Collectors.counting()))).as("POSTs of the transfer per scenario").hasSize(5)
                .allSatisfy((scenario, count) -> assertThat(count).as(scenario)
                        .isEqualTo(scenario.contains("gateway refused") ? 2L : 1L));
        assertThat(posts).as("the reset connection's POST got no answer")
                .anyMatch(call -> call.path("status").asInt() == -1);
    }
}
