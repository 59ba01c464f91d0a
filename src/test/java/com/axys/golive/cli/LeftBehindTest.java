package com.axys.golive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a run leaves on the machine when it ends, however it ends: no throwaway CA, server or client key in the
 * temporary folder (after a complete run, SIGTERM or SIGINT), and no Allure process still writing into the bundle
 * after the run was SIGKILLed. Each run is a real child JVM with a temporary folder of its own.
 */
@Tag("security")
final class LeftBehindTest {

    private static final String NARROW = "@checklist:P3.01 or @security";
    /** A PEM private key's header, in two parts so that this file holds none. */
    private static final String KEY_HEADER = "PRIVATE" + " KEY-----";

    @TempDir
    Path dir;

    @Test
    void aCompleteRunLeavesNoKeyMaterialInTheTemporaryFolder() throws Exception {
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        ChildGolive run = ChildGolive.start(tmp, dir.resolve("run.log"), "run", "--tags", NARROW,
                "--evidence", dir.resolve("evidence").toString());
        try {
            assertThat(run.awaitExit(Duration.ofMinutes(3))).as(run.output()).isZero();
        } finally {
            run.destroy();
        }
        assertThat(run.output()).contains("3 scenarios: 3 passed").contains("report/index.html");
        assertThat(leftovers(tmp)).as("left in the temporary folder by a complete run").isEmpty();
    }

    @ParameterizedTest(name = "SIG{0}")
    @ValueSource(strings = {"TERM", "INT"})
    void aRunStoppedBySignalLeavesNoKeyMaterialInTheTemporaryFolder(String signal) throws Exception {
        if (signal.equals("INT")) {
            Assumptions.assumeFalse(sigintIgnored(), "this test JVM was started with SIGINT ignored (a background"
                    + " job), and so is its child: SIGINT cannot be tried here");
        }
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        Path evidence = dir.resolve("evidence");
        ChildGolive run = ChildGolive.start(tmp, dir.resolve("run.log"), "run", "--no-report",
                "--evidence", evidence.toString());
        try {
            awaitCalls(evidence, 5, Duration.ofSeconds(90), run);
            assertThat(leftovers(tmp)).as("key material the run holds while it runs").isNotEmpty();

            run.signal(signal);
            run.awaitExit(Duration.ofSeconds(60));
        } finally {
            run.destroy();
        }
        assertThat(leftovers(tmp)).as("left in the temporary folder after SIG" + signal).isEmpty();
    }

    @Test
    void killingTheRunDuringTheReportKillsAllureToo() throws Exception {
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        Path evidence = dir.resolve("evidence");
        ChildGolive run = ChildGolive.start(tmp, dir.resolve("run.log"), "run", "--tags", NARROW,
                "--evidence", evidence.toString());
        ProcessHandle allure;
        try {
            Optional<ProcessHandle> found = run.awaitDescendant(c -> c.contains("io.qameta.allure.CommandLine"),
                    Duration.ofMinutes(2));
            assertThat(found).as("the Allure child of the run; its output:%n%s", run.output()).isPresent();
            allure = found.get();
            run.process().destroyForcibly(); // SIGKILL: the run runs no hook and closes nothing
            assertThat(run.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            run.destroy();
        }
        boolean ended = allure.onExit().completeOnTimeout(null, 10, TimeUnit.SECONDS).get() != null;
        if (!ended) {
            allure.destroyForcibly();
        }
        assertThat(ended).as("Allure (pid %d) ended within 10 s of the run's SIGKILL", allure.pid()).isTrue();
        try (Stream<Path> bundles = Files.list(evidence)) {
            Path bundle = bundles.filter(Files::isDirectory).findFirst().orElseThrow();
            assertThat(bundle.resolve("report").resolve("index.html"))
                    .as("a report written into the dead run's bundle").doesNotExist();
        }
    }

    /** Everything of ours in the temporary folder: golive folders, and any file holding a private key. */
    private static List<String> leftovers(Path tmp) throws IOException {
        try (Stream<Path> all = Files.walk(tmp)) {
            return all.filter(p -> !p.equals(tmp))
                    .filter(p -> tmp.relativize(p).getName(0).toString().startsWith("golive") || holdsKey(p))
                    .map(p -> tmp.relativize(p).toString()).sorted().toList();
        }
    }

    private static boolean holdsKey(Path p) {
        try {
            return Files.isRegularFile(p) && (p.getFileName().toString().endsWith(".p12")
                    || new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1).contains(KEY_HEADER));
        } catch (IOException unreadable) {
            return false;
        }
    }

    private static void awaitCalls(Path evidence, int lines, Duration timeout, ChildGolive run) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline) && run.process().isAlive()) {
            if (Files.isDirectory(evidence)) {
                try (Stream<Path> runs = Files.list(evidence)) {
                    Optional<Path> calls = runs.map(r -> r.resolve("calls.jsonl")).filter(Files::exists).findFirst();
                    if (calls.isPresent() && Files.readAllLines(calls.get()).size() >= lines) {
                        return;
                    }
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the run wrote fewer than " + lines + " calls in " + timeout + ":\n" + run.output());
    }

    /** Whether this JVM ignores SIGINT (bit 2 of SigIgn in /proc/self/status), as its children then do too. */
    private static boolean sigintIgnored() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return false;
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("SigIgn:"))
                .map(l -> Long.parseUnsignedLong(l.substring(7).trim(), 16)).anyMatch(mask -> (mask & 0x2) != 0);
    }
}
