package com.axys.golive.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.config.HarnessConfig;
import com.axys.golive.run.HarnessSession;
import com.axys.golive.run.HarnessSessions;
import com.fasterxml.jackson.databind.node.IntNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A target that moves a card in a way the documented state machine does not allow (here the simulator's balance
 * answer says the active virtual card is "not activated", 1 → 4, which no step checks) fails the scenario that saw
 * it, naming the move, instead of leaving a passed run with a flagged row in transitions.jsonl.
 */
final class UndocumentedTransitionTest {

    @TempDir
    Path evidenceRoot;

    @Test
    void aScenarioThatSeesAnUndocumentedMoveFailsNamingIt() throws Exception {
        StringWriter out = new StringWriter();
        RunSummary summary;
        try (HarnessSession session = HarnessSession.open(HarnessConfig.simulatorDefaults(evidenceRoot),
                Clock.systemUTC())) {
            session.simulator().orElseThrow().server().control()
                    .overrideResponseField("getCardBalance", "/issuerCardStatus", IntNode.valueOf(4));
            HarnessSessions.install(session);
            try {
                summary = FeatureRunner.run(session, "@checklist:P1.INT.07 and not @checklist:P1.INT.13", new PrintWriter(out, true));
            } finally {
                HarnessSessions.uninstall();
            }
        }

        String failures = summary.failures().stream().map(Object::toString).collect(Collectors.joining("\n"));
        assertThat(summary.failed()).as(out.toString()).isPositive();
        assertThat(failures).contains("the target showed a move the documented state machine does not allow: card ")
                .contains("issuerCardStatus 1 -> 4 (allowed from 1: ");
        Path bundle;
        try (var runs = Files.list(evidenceRoot)) {
            bundle = runs.findFirst().orElseThrow();
        }
        assertThat(Files.readString(bundle.resolve("scenarios.jsonl"))).contains("\"status\":\"failed\"")
                .contains("does not allow");
    }
}
