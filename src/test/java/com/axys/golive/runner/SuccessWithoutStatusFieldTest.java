package com.axys.golive.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.config.HarnessConfig;
import com.axys.golive.run.HarnessSession;
import com.axys.golive.run.HarnessSessions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documented bank-registration answer is {@code {depositId, statusText}}, with no envelope {@code status}: a
 * target answering exactly that passes the positive registration scenario ("the call succeeds with status 200"),
 * as the contract accepts it.
 */
final class SuccessWithoutStatusFieldTest {

    @TempDir
    Path evidenceRoot;

    @Test
    void aSuccessAnswerWithoutAnEnvelopeStatusPasses() throws Exception {
        StringWriter out = new StringWriter();
        RunSummary summary = registrationWithStatus(null, out);

        String failures = summary.failures().stream().map(Object::toString).collect(Collectors.joining("\n"));
        assertThat(summary.passed()).as(out.toString()).isPositive();
        assertThat(summary.failed()).as(failures + "\n" + out).isZero();
    }

    @Test
    void aTwoHundredWhoseEnvelopeSaysErrorStillFails() throws Exception {
        StringWriter out = new StringWriter();
        RunSummary summary = registrationWithStatus(TextNode.valueOf("error"), out);

        // The contract (status: enum [success]) and the step both refuse it; whichever speaks first fails the scenario.
        assertThat(summary.failed()).as(out.toString()).isEqualTo(1);
        assertThat(summary.failures()).hasSize(1);
    }

    /** Runs the positive registration scenario with the answer's envelope {@code status} set, or removed (null). */
    private RunSummary registrationWithStatus(JsonNode status, StringWriter out) throws Exception {
        try (HarnessSession session = HarnessSession.open(HarnessConfig.simulatorDefaults(evidenceRoot),
                Clock.systemUTC())) {
            // The override also reaches the operation's refusals, whose "status":"error" the refusal scenarios
            // (P1.ERR.01) rightly require; only the positive scenario is run here.
            session.simulator().orElseThrow().server().control()
                    .overrideResponseField("registerBankAccount", "/status", status);
            HarnessSessions.install(session);
            try {
                return FeatureRunner.run(session, "@checklist:P1.INT.12 and not @checklist:P1.ERR.01",
                        new PrintWriter(out, true));
            } finally {
                HarnessSessions.uninstall();
            }
        }
    }
}
