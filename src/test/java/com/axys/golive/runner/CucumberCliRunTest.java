package com.axys.golive.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.verification.BundleVerifier;
import com.axys.golive.verification.VerificationReport;
import io.cucumber.core.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One feature run the way an IDE runs a {@code .feature} file: Cucumber's own command line
 * ({@code io.cucumber.core.cli.Main}) with a feature path and nothing else. {@code cucumber.properties} on the test
 * class path supplies the glue and the evidence plugin, so the bundle is complete and verifies.
 */
final class CucumberCliRunTest {

    @TempDir
    Path evidenceRoot;

    @Test
    void oneFeatureRunFromTheCucumberCommandLineLeavesACompleteVerifiedBundle() throws Exception {
        byte status = withEvidenceRoot(() -> Main.run(new String[] {"--monochrome",
                "features/errors/refusals.feature"}, Thread.currentThread().getContextClassLoader()));

        assertThat(status).as("Cucumber's exit status").isZero();
        List<Path> bundles;
        try (Stream<Path> runs = Files.list(evidenceRoot)) {
            bundles = runs.filter(Files::isDirectory).toList();
        }
        assertThat(bundles).hasSize(1);
        VerificationReport report = new BundleVerifier().verify(bundles.get(0));
        assertThat(report.verified()).as(report.verdictLine()).isTrue();
        assertThat(Files.readAllLines(bundles.get(0).resolve("scenarios.jsonl"))).as("the feature's scenarios")
                .hasSize(5).allSatisfy(line -> assertThat(line).contains("\"feature\":\"features/errors/refusals.feature\""));
    }

    private <T> T withEvidenceRoot(java.util.function.Supplier<T> run) {
        String before = System.getProperty("golive.evidence.root");
        System.setProperty("golive.evidence.root", evidenceRoot.toString());
        try {
            return run.get();
        } finally {
            if (before == null) {
                System.clearProperty("golive.evidence.root");
            } else {
                System.setProperty("golive.evidence.root", before);
            }
        }
    }
}
