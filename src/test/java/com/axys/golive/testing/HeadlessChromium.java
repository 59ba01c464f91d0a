package com.axys.golive.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium for the tests that open the harness's HTML pages as a person would (installed by .ci/run).
 * Without it the test is skipped on a developer machine and fails in CI. Chromium runs offline: a fresh profile
 * under {@code workDir}, no background networking, no component updates.
 */
public final class HeadlessChromium {

    private final Path binary;
    private final Path workDir;

    private HeadlessChromium(Path binary, Path workDir) {
        this.binary = binary;
        this.workDir = workDir;
    }

    /** Chromium, or the test aborted (skipped) when it is not installed outside CI. */
    public static HeadlessChromium find(Path workDir) {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return new HeadlessChromium(Path.of(candidate), workDir);
            }
        }
        if (System.getenv("CI") != null) {
            throw new AssertionError("Chromium is missing; .ci/run installs it (apt-get install chromium)");
        }
        Assumptions.abort("Chromium is not installed here (apt-get install chromium); CI runs this test");
        return null;
    }

    /** The DOM after Chromium loaded and rendered {@code page}. */
    public String dumpDom(Path page) throws IOException, InterruptedException {
        return run("--dump-dom", page.toUri().toString());
    }

    /** Runs Chromium headless with {@code args} and returns what it printed on stdout. */
    public String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + workDir.resolve("chromium-profile")));
        command.addAll(List.of(args));
        Path out = workDir.resolve("chromium.out");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(workDir.resolve("chromium.err").toFile()).start();
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
