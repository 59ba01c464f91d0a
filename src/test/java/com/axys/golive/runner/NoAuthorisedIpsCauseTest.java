package com.axys.golive.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.config.HarnessConfig;
import com.axys.golive.evidence.EvidenceFiles;
import com.axys.golive.run.HarnessSession;
import com.axys.golive.run.HarnessSessions;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * features/errors/no-authorised-ips.feature on the embedded simulator: each of its three scenarios makes the
 * simulated WAF refuse for one cause, with the matching DNS zone on 127.0.0.1, and errors.jsonl files that cause.
 */
final class NoAuthorisedIpsCauseTest {

    @TempDir
    Path evidenceRoot;

    @Test
    void eachCauseTheSimulatorProducesIsTheCauseTheErrorLogFiles() throws Exception {
        StringWriter out = new StringWriter();
        Path bundle;
        RunSummary summary;
        try (HarnessSession session = HarnessSession.open(HarnessConfig.simulatorDefaults(evidenceRoot),
                Clock.systemUTC())) {
            bundle = session.evidence().dir();
            HarnessSessions.install(session);
            try {
                summary = FeatureRunner.run(session, "@checklist:P1.ERR.02 and @simulator-only",
                        new PrintWriter(out, true));
            } finally {
                HarnessSessions.uninstall();
            }
        }
        assertThat(summary.failed()).as(out.toString()).isZero();
        assertThat(summary.passed()).as(out.toString()).isEqualTo(3);
        ObjectMapper json = new ObjectMapper();
        List<String> causes = Files.readAllLines(bundle.resolve(EvidenceFiles.ERRORS)).stream().map(l -> {
            try {
                return json.readTree(l).path("cause").asText();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
        assertThat(causes).containsExactly("ip-not-allowlisted", "fcrdns-failed", "undetermined");
    }
}
