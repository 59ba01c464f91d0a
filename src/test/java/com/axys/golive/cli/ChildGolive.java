package com.axys.golive.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * {@code golive} in a child JVM of its own, as a shell starts it, with a private {@code java.io.tmpdir} and its
 * output in a log file: for tests that signal or kill a run, or look at what a run left behind when it ended.
 */
final class ChildGolive {

    private final Process process;
    private final Path log;

    private ChildGolive(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static ChildGolive start(Path tmpDir, Path log, String... args) throws IOException {
        return start(tmpDir, log, List.of(), args);
    }

    /** Like {@link #start(Path, Path, String...)} with extra JVM options, e.g. a small {@code -Xmx}. */
    static ChildGolive start(Path tmpDir, Path log, List<String> jvmOptions, String... args) throws IOException {
        return launch(List.of(), tmpDir, log, jvmOptions, args);
    }

    /**
     * Like {@link #start(Path, Path, String...)} with no file of the run allowed to grow beyond {@code maxFileBytes}
     * (the shell's {@code ulimit -f}): a write past it fails in the kernel with "File too large", as a full disk
     * fails with "No space left on device", and no root or special file system is needed. The JVM ignores the
     * SIGXFSZ that comes with it, so the write simply fails.
     */
    static ChildGolive startWithFileSizeLimit(Path tmpDir, Path log, long maxFileBytes, String... args)
            throws IOException {
        List<String> shell = List.of("/bin/sh", "-c", "ulimit -f \"$0\" && exec \"$@\"",
                Long.toString(Math.max(1, maxFileBytes / 512)));
        return launch(shell, tmpDir, log, List.of("-XX:-UsePerfData"), args);
    }

    private static ChildGolive launch(List<String> prefix, Path tmpDir, Path log, List<String> jvmOptions,
                                      String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(java, "-Djava.io.tmpdir=" + tmpDir));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath(), GoLive.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                .start();
        return new ChildGolive(process, log);
    }

    Process process() {
        return process;
    }

    /** Waits for the exit and returns its code; fails the test after {@code timeout}. */
    int awaitExit(Duration timeout) throws Exception {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("golive did not end within " + timeout + "; its output:\n" + output());
        }
        return process.exitValue();
    }

    /** Sends a signal by name (TERM, INT) as a shell's kill does. */
    void signal(String name) throws Exception {
        Process kill = new ProcessBuilder("kill", "-s", name, Long.toString(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new AssertionError("kill -s " + name + " " + process.pid() + " failed");
        }
    }

    /** The first process under the run (a child or further) whose command line matches, once it appears. */
    Optional<ProcessHandle> awaitDescendant(Predicate<String> commandLine, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            Optional<ProcessHandle> match = process.toHandle().descendants()
                    .filter(p -> p.info().commandLine().filter(commandLine).isPresent()).findFirst();
            if (match.isPresent()) {
                return match;
            }
            Thread.sleep(10);
        }
        return Optional.empty();
    }

    String output() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    void destroy() {
        process.destroyForcibly();
    }

    /**
     * The test classpath without empty entries: Surefire's has one, which Java reads as the working folder, and
     * the repository's own features/ folder there would then shadow the packaged features.
     */
    private static String classpath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(cp.split(File.pathSeparator)).filter(e -> !e.isBlank())
                .collect(Collectors.joining(File.pathSeparator));
    }
}
