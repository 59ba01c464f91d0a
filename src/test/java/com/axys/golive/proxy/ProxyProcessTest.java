package com.axys.golive.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.cli.GoLive;
import com.axys.golive.verification.BundleVerifier;
import com.axys.golive.verification.Verdict;
import com.axys.golive.verification.VerificationReport;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code golive proxy} as a real child JVM in front of its embedded simulator: stopped with SIGTERM it finishes a
 * bundle that verifies; killed with SIGKILL it leaves one that verifies as INCOMPLETE, never CORRUPT.
 */
final class ProxyProcessTest {

    private static final Pattern LISTENING = Pattern.compile("golive proxy: listening on (http://\\S+)");

    @TempDir
    Path work;

    @Test
    void aProxyKilledWithSigkillLeavesAnIncompleteButIntactBundle() throws Exception {
        Process proxy = start();
        try {
            Backend backend = new Backend(awaitListening(proxy), null, Duration.ofSeconds(10));
            for (int i = 0; i < 3; i++) {
                assertThat(backend.get("/cardholders").status()).isEqualTo(200);
            }
            Path calls = bundle().resolve("calls.jsonl");
            proxy.destroyForcibly();
            assertThat(proxy.waitFor(30, TimeUnit.SECONDS)).isTrue();

            VerificationReport report = new BundleVerifier().verify(calls.getParent());
            assertThat(report.verdict()).as(String.join("\n", report.lines())).isEqualTo(Verdict.INCOMPLETE);
            assertThat(report.defects()).isEmpty();
            assertThat(report.found().calls()).isEqualTo(3);
        } finally {
            proxy.destroyForcibly();
        }
    }

    @Test
    void aProxyStoppedWithSigtermFinishesABundleThatVerifies() throws Exception {
        Process proxy = start("--inject", "503:50%", "--seed", "3");
        try {
            Backend backend = new Backend(awaitListening(proxy), null, Duration.ofSeconds(10));
            for (int i = 0; i < 4; i++) {
                backend.get("/cardholders");
            }
            Process kill = new ProcessBuilder("kill", "-s", "TERM", Long.toString(proxy.pid())).inheritIO().start();
            assertThat(kill.waitFor()).isZero();
            assertThat(proxy.waitFor(60, TimeUnit.SECONDS)).isTrue();

            assertThat(output()).contains("golive proxy stopped. Evidence: ").contains("VERIFIED");
            VerificationReport report = new BundleVerifier().verify(bundle());
            assertThat(report.verdict()).as(String.join("\n", report.lines())).isEqualTo(Verdict.VERIFIED);
            assertThat(Files.readString(bundle().resolve("summary.md"))).contains("## After each injected fault");
            java.io.StringWriter out = new java.io.StringWriter();
            int verified = GoLive.execute(new java.io.PrintWriter(out, true), new java.io.PrintWriter(out, true),
                    "evidence", "verify", bundle().toString());
            assertThat(verified).as("golive evidence verify: %s", out).isZero();
            int packed = GoLive.execute(new java.io.PrintWriter(out, true), new java.io.PrintWriter(out, true),
                    "evidence", "pack", bundle().toString());
            assertThat(packed).as("golive evidence pack: %s", out).isZero();
        } finally {
            proxy.destroyForcibly();
        }
    }

    private Process start(String... extra) throws IOException {
        Path tmp = Files.createDirectories(work.resolve("tmp"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Djava.io.tmpdir=" + tmp, "-cp", classpath(),
                GoLive.class.getName(), "proxy", "--plain-http", "--client-name", "child-backend", "--evidence",
                work.resolve("evidence").toString()));
        command.addAll(List.of(extra));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(work.resolve("out.log").toFile())
                .start();
    }

    private URI awaitListening(Process proxy) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline) && proxy.isAlive()) {
            Matcher m = LISTENING.matcher(output());
            if (m.find()) {
                return URI.create(m.group(1));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the proxy did not start listening; its output:\n" + output());
    }

    private String output() throws IOException {
        Path log = work.resolve("out.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private Path bundle() throws IOException {
        try (Stream<Path> runs = Files.list(work.resolve("evidence"))) {
            return runs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }

    /** The test classpath without empty entries (Surefire's has one, read as the working folder). */
    private static String classpath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(cp.split(File.pathSeparator)).filter(e -> !e.isBlank())
                .collect(Collectors.joining(File.pathSeparator));
    }
}
