package com.axys.golive.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.config.HarnessConfig;
import com.axys.golive.run.HarnessSession;
import com.axys.golive.run.HarnessSessions;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract validation can fail: when the simulator answers one field with the wrong type, or leaves it out,
 * the scenario that reads it fails with a message naming the operation and the field, and the call's evidence line
 * says {@code contract: fail}.
 */
final class ContractDriftDetectionTest {

    @TempDir
    Path evidenceRoot;

    private RunSummary runOnboardingWith(java.util.function.Consumer<HarnessSession> alter, StringWriter out)
            throws Exception {
        try (HarnessSession session = HarnessSession.open(HarnessConfig.simulatorDefaults(evidenceRoot),
                Clock.systemUTC())) {
            alter.accept(session);
            HarnessSessions.install(session);
            try {
                return FeatureRunner.run(session, "@checklist:P1.INT.03", new PrintWriter(out, true));
            } finally {
                HarnessSessions.uninstall();
            }
        }
    }

    @Test
    void aFieldOfTheWrongTypeFailsTheScenarioNamingTheField() throws Exception {
        StringWriter out = new StringWriter();
        RunSummary summary = runOnboardingWith(s -> s.simulator().orElseThrow().server().control()
                .overrideResponseField("getCardholder", "/cardholder/status", TextNode.valueOf("approved")), out);

        assertThat(summary.failed()).as(out.toString()).isPositive();
        assertThat(summary.failures().stream().map(Object::toString).collect(java.util.stream.Collectors.joining("\n")))
                .contains("contract violation").contains("getCardholder").contains("cardholder.status");
        Path bundle;
        try (var runs = Files.list(evidenceRoot)) {
            bundle = runs.findFirst().orElseThrow();
        }
        assertThat(Files.readString(bundle.resolve("calls.jsonl"))).contains("\"result\":\"fail\"");
    }

    @Test
    void aMissingRequiredFieldFailsTheScenarioNamingTheField() throws Exception {
        StringWriter out = new StringWriter();
        RunSummary summary = runOnboardingWith(s -> s.simulator().orElseThrow().server().control()
                .overrideResponseField("createCardholder", "/cardholderId", null), out);

        assertThat(summary.failed()).as(out.toString()).isPositive();
        assertThat(summary.failures().stream().map(Object::toString).collect(java.util.stream.Collectors.joining("\n")))
                .contains("createCardholder").contains("cardholderId");
    }

    @Test
    void aTargetAnsweringAnInferredFactDifferentlyIsReportedAsContradictedInTheDriftReport() throws Exception {
        StringWriter out = new StringWriter();
        runOnboardingWith(s -> s.simulator().orElseThrow().server().control().overrideStatus("createCardholder", 201),
                out);
        Path bundle;
        try (var runs = Files.list(evidenceRoot)) {
            bundle = runs.findFirst().orElseThrow();
        }
        var drift = new com.fasterxml.jackson.databind.ObjectMapper().readTree(bundle.resolve("drift.json").toFile());
        var contradicted = new java.util.ArrayList<String>();
        drift.path("facts").forEach(f -> {
            if (f.path("verdict").asText().equals("contradicted")) {
                contradicted.add(f.path("factId").asText());
            }
        });
        assertThat(contradicted).contains("createCardholder.status.200");
        assertThat(Files.readString(bundle.resolve("drift.md"))).contains("createCardholder: success status is 200");
    }
}
