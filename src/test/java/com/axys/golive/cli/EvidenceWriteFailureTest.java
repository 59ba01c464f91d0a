package com.axys.golive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.run.EmbeddedSimulator;
import com.axys.golive.simulator.ProgramProfile;
import com.axys.golive.verification.BundleVerifier;
import com.axys.golive.verification.Verdict;
import com.axys.golive.verification.VerificationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evidence sink is critical: when the bundle cannot be written (here calls.jsonl outgrows the file size the
 * kernel allows the run, a real write failure as a full disk is), the run stops calling the target at once, keeps
 * what it captured, and ends with one line and exit 4. The target, a simulator started here, counts the requests.
 */
final class EvidenceWriteFailureTest {

    /** About twenty calls fit in calls.jsonl; the selected scenarios make about a hundred. */
    private static final long MAX_FILE_BYTES = 24 * 1024;

    @TempDir
    Path dir;

    @Test
    @Tag("security")
    void aRunWhoseEvidenceCannotBeWrittenStopsCallingTheTargetAndExits4() throws Exception {
        try (EmbeddedSimulator server = EmbeddedSimulator.start(dir.resolve("server-pki"), 0,
                ProgramProfile.defaults(), Clock.systemUTC())) {
            server.server().control().setReviewDelay(Duration.ZERO);
            Path apiKey = Files.writeString(dir.resolve("api-key"), server.apiKey().asString() + "\n");
            var pki = server.pki();
            Path evidence = dir.resolve("evidence");
            Files.createDirectories(dir.resolve("tmp"));

            ChildGolive child = ChildGolive.startWithFileSizeLimit(dir.resolve("tmp"), dir.resolve("run.log"),
                    MAX_FILE_BYTES, "run", "--target", server.baseUrl().toString(),
                    "--cert", "file:" + pki.client().certPem(), "--key", "file:" + pki.client().keyPem(),
                    "--ca-bundle", "file:" + pki.caCertPath(), "--api-key", "file:" + apiKey,
                    "--tags", "@checklist:P1.INT.16", "--no-report", "--evidence", evidence.toString());
            int code = child.awaitExit(Duration.ofMinutes(3));
            long requests = server.server().control().requestsReceived();

            String output = child.output();
            assertThat(code).as("exit code; output:%n%s", output).isEqualTo(4);
            assertThat(output.lines().filter(l -> l.startsWith("golive: ")).toList()).as(output)
                    .containsExactly("golive: error: the run was stopped: evidence could not be written (calls.jsonl:"
                            + " File too large); no further calls were made; free space in " + evidence
                            + " and run again");
            assertThat(output).doesNotContain("\tat ").doesNotContain("internal error");

            Path bundle = onlyBundle(evidence);
            List<String> calls = Files.readAllLines(bundle.resolve("calls.jsonl"));
            assertThat(calls).as("what was captured stays").isNotEmpty();
            assertThat(requests).as("requests at the target: the recorded ones and the one whose record failed")
                    .isEqualTo(calls.size() + 1L);
            JsonNode manifest = new ObjectMapper().readTree(bundle.resolve("manifest.json").toFile());
            assertThat(manifest.path("complete").asBoolean()).isFalse();
            assertThat(manifest.path("abortReason").asText()).startsWith("evidence could not be written");
            VerificationReport report = new BundleVerifier().verify(bundle);
            assertThat(report.verdict()).as(String.join("\n", report.lines())).isEqualTo(Verdict.INCOMPLETE);
            assertThat(report.defects()).isEmpty();
        }
    }

    private static Path onlyBundle(Path evidence) throws Exception {
        try (Stream<Path> runs = Files.list(evidence)) {
            return runs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }
}
