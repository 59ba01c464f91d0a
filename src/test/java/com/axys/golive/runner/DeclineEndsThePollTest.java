package com.axys.golive.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.config.HarnessConfig;
import com.axys.golive.run.HarnessSession;
import com.axys.golive.run.HarnessSessions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A poll waiting for Approved stops as soon as the cardholder shows one of the declines (2, 6, 7), instead of
 * waiting out its deadline, and the scenario fails on that status with the sandbox guide's next step. The simulator
 * answers every cardholder read with the decline; the scenario ("Jordan is an approved cardholder", then a card)
 * must fail after one poll.
 */
final class DeclineEndsThePollTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path evidenceRoot;

    @ParameterizedTest(name = "status {0}")
    @CsvSource({"2, Compliance Decline (2), replacement KYC link", "6, Error (6), support ticket",
            "7, Admin Decline (7), never a re-submission"})
    void aPollForApprovedStopsAtADeclineAndTheScenarioFailsOnIt(int status, String named, String path)
            throws Exception {
        StringWriter out = new StringWriter();
        RunSummary summary;
        try (HarnessSession session = HarnessSession.open(HarnessConfig.simulatorDefaults(evidenceRoot),
                Clock.systemUTC())) {
            session.simulator().orElseThrow().server().control()
                    .overrideResponseField("getCardholder", "/cardholder/status", IntNode.valueOf(status));
            HarnessSessions.install(session);
            try {
                summary = FeatureRunner.run(session, "@checklist:P1.INT.04 and not @checklist:P1.ERR.01",
                        new PrintWriter(out, true));
            } finally {
                HarnessSessions.uninstall();
            }
        }
        String failures = summary.failures().stream().map(Object::toString).collect(Collectors.joining("\n"));
        assertThat(summary.failed()).as(out.toString()).isEqualTo(1L);
        assertThat(failures).contains("Jordan landed in " + named + " while the poll waited for Approved (1)")
                .contains("stopped after 1 poll over").contains(path);
        Path bundle;
        try (var runs = Files.list(evidenceRoot)) {
            bundle = runs.findFirst().orElseThrow();
        }
        long reads = 0;
        for (String line : Files.readAllLines(bundle.resolve("calls.jsonl"))) {
            JsonNode call = JSON.readTree(line);
            reads += call.path("operationId").asText().equals("getCardholder") ? 1 : 0;
        }
        assertThat(reads).as("cardholder reads: the poll stopped at the first that showed the decline").isEqualTo(1);
    }
}
