package com.axys.golive.allure;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Builds the Allure HTML report offline with the Allure command line that the Maven build unpacks next to the jar
 * ({@code target/allure/allure-2.34.0}); override with {@code -Dgolive.allure.home=DIR}. The command line runs in a
 * child JVM (same java) so its dependencies never meet ours. Where it is absent (a jump box with only the jar) the
 * report is skipped and said so; the raw results stay in the bundle.
 */
public final class AllureReport {

    public static final String VERSION = "2.34.0";

    /** What happened: built (with the report folder) or skipped/failed (with the reason). */
    public record Outcome(boolean built, Path reportDir, String detail) { }

    private AllureReport() {
    }

    public static Outcome build(Path resultsDir, Path reportDir) {
        Optional<Path> home = home();
        if (home.isEmpty()) {
            return new Outcome(false, null, "Allure command line not found (build with ./mvnw package, or set"
                    + " -Dgolive.allure.home); raw results are in " + resultsDir.getFileName());
        }
        Path lib = home.get().resolve("lib");
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-cp",
                lib.resolve("*") + File.pathSeparator + lib.resolve("config"), "io.qameta.allure.CommandLine",
                "generate", "--clean", "--output", reportDir.toString(), resultsDir.toString()));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Outcome(false, null, "Allure report generation timed out after 180 s");
            }
            return process.exitValue() == 0 && Files.exists(reportDir.resolve("index.html"))
                    ? new Outcome(true, reportDir, "report/index.html")
                    : new Outcome(false, null, "Allure generate exited " + process.exitValue());
        } catch (IOException e) {
            return new Outcome(false, null, "Allure report could not start: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, null, "Allure report interrupted");
        }
    }

    static Optional<Path> home() {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getProperty("golive.allure.home");
        if (configured != null) {
            candidates.add(Path.of(configured));
        }
        jarDir().ifPresent(dir -> candidates.add(dir.resolve("allure").resolve("allure-" + VERSION)));
        candidates.add(Path.of("target", "allure", "allure-" + VERSION));
        return candidates.stream().filter(p -> Files.isDirectory(p.resolve("lib"))).findFirst();
    }

    private static Optional<Path> jarDir() {
        try {
            Path location = Path.of(AllureReport.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Optional.ofNullable(location.getParent());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
