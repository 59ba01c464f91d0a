package com.axys.golive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.verification.BundleVerifier;
import com.axys.golive.verification.Verdict;
import com.axys.golive.verification.VerificationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with SIGKILL mid-way leaves a bundle that verifies as incomplete (not corrupt), with every call
 * captured up to the kill. The run is a real child JVM running {@code golive run}.
 */
final class KilledRunTest {

    @TempDir
    Path evidenceRoot;

    @Test
    void aRunKilledMidWayLeavesAnIncompleteButIntactBundle() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process run = new ProcessBuilder(java, "-cp", classpath(),
                GoLive.class.getName(), "run", "--no-report", "--evidence", evidenceRoot.toString())
                .redirectErrorStream(true).redirectOutput(evidenceRoot.resolve("child.log").toFile()).start();
        try {
            Path calls = awaitCalls(20, Duration.ofSeconds(90));
            run.destroyForcibly();
            assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
            long capturedAtKill = Files.readAllLines(calls).size();

            VerificationReport report = new BundleVerifier().verify(calls.getParent());

            assertThat(report.verdict()).as(String.join("\n", report.lines())).isEqualTo(Verdict.INCOMPLETE);
            assertThat(report.complete()).isFalse();
            assertThat(report.defects()).isEmpty();
            assertThat(report.found().calls()).isGreaterThanOrEqualTo(20).isLessThanOrEqualTo(capturedAtKill);
            assertThat(report.verdictLine()).contains("incomplete");
        } finally {
            run.destroyForcibly();
        }
    }

    /**
     * The test classpath without empty entries: Surefire's has one, which Java reads as the working folder, and
     * the repository's own features/ folder there would then shadow the packaged features.
     */
    private static String classpath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return java.util.Arrays.stream(cp.split(java.io.File.pathSeparator)).filter(e -> !e.isBlank())
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    private Path awaitCalls(int lines, Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Optional<Path> calls = callsFile();
            if (calls.isPresent() && count(calls.get()) >= lines) {
                return calls.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the child run wrote fewer than " + lines + " calls in " + timeout);
    }

    private Optional<Path> callsFile() throws IOException {
        try (Stream<Path> runs = Files.list(evidenceRoot)) {
            return runs.map(r -> r.resolve("calls.jsonl")).filter(Files::exists).findFirst();
        }
    }

    private static long count(Path file) throws IOException {
        List<String> all = Files.readAllLines(file);
        return all.size();
    }
}
