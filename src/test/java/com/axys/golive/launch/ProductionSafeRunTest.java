package com.axys.golive.launch;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.config.HarnessConfig;
import com.axys.golive.run.HarnessSession;
import com.axys.golive.run.HarnessSessions;
import com.axys.golive.runner.FeatureRunner;
import com.axys.golive.runner.RunSummary;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production tag expression run by the real runner: against the embedded simulator, every scenario it executed,
 * as the bundle's scenarios.jsonl records it, carries {@code @production-safe} and is a Phase 3 test.
 */
final class ProductionSafeRunTest {

    @TempDir
    Path evidenceRoot;

    @Test
    void everyScenarioTheProductionExpressionRunsIsProductionSafe() {
        Path bundle;
        RunSummary summary;
        StringWriter progress = new StringWriter();
        try (HarnessSession session = HarnessSession.open(HarnessConfig.simulatorDefaults(evidenceRoot),
                Clock.systemUTC())) {
            bundle = session.evidence().dir();
            HarnessSessions.install(session);
            try {
                summary = FeatureRunner.run(session, ProductionGuard.requireProductionSafe(VerificationTags.all()),
                        new PrintWriter(progress));
            } finally {
                HarnessSessions.uninstall();
                }
        }
        List<ScenarioOutcome> ran = BundleRecords.scenarios(bundle);

        assertThat(summary.failed()).as("failed scenarios; progress:%n%s", progress).isZero();
        assertThat(ran).hasSize((int) summary.total()).isNotEmpty();
        assertThat(ran).allSatisfy(scenario -> {
            assertThat(scenario.tags()).as("tags of '%s'", scenario.name()).contains("@production-safe")
                    .doesNotContain("@simulator-only", "@wip");
            assertThat(scenario.checklistIds()).as("checklist ids of '%s'", scenario.name())
                    .anyMatch(id -> id.startsWith("P3."));
        });
        assertThat(ran).flatExtracting(ScenarioOutcome::checklistIds).contains("P3.01", "P3.02", "P3.03", "P3.04",
                "P3.05", "P3.06");
    }
}
