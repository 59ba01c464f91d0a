package com.axys.golive.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.config.HarnessConfig;
import com.axys.golive.runner.FeatureRunner;
import com.axys.golive.runner.RunSummary;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class HarnessSessionTest {

    @TempDir
    Path evidenceRoot;

    @Test
    void theApiKeyOfTheRunAppearsInNoFileOfItsBundle() throws Exception {
        String apiKey;
        Path bundle;
        RunSummary summary;
        try (HarnessSession session = HarnessSession.open(HarnessConfig.simulatorDefaults(evidenceRoot),
                Clock.systemUTC())) {
            apiKey = session.simulator().orElseThrow().apiKey().asString();
            bundle = session.evidence().dir();
            HarnessSessions.install(session);
            try {
                summary = FeatureRunner.run(session, "@checklist:P1.ERR.01 or @checklist:P3.01",
                        new PrintWriter(new StringWriter()));
            } finally {
                HarnessSessions.uninstall();
            }
        }
        assertThat(summary.failed()).isZero();
        assertThat(summary.passed()).isPositive();
        assertThat(apiKey).hasSizeGreaterThan(20);
        try (Stream<Path> files = Files.walk(bundle)) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            assertThat(all).hasSizeGreaterThanOrEqualTo(6);
            for (Path f : all) {
                assertThat(Files.readString(f, StandardCharsets.UTF_8)).as("content of %s", f.getFileName())
                        .doesNotContain(apiKey);
            }
        }
        assertThat(Files.readString(bundle.resolve("calls.jsonl"))).contains("[REDACTED:api-key]");
    }

    @Test
    void closingStopsTheSimulatorAndDeletesItsThrowawayKeys() {
        Path pkiDir;
        java.net.URI base;
        try (HarnessSession session = HarnessSession.open(HarnessConfig.simulatorDefaults(evidenceRoot),
                Clock.systemUTC())) {
            pkiDir = session.simulator().orElseThrow().pki().dir();
            base = session.target().baseUrl();
            assertThat(pkiDir).isDirectory();
        }
        assertThat(pkiDir).doesNotExist();
        assertThat(base.getHost()).isEqualTo("127.0.0.1");
    }
}
