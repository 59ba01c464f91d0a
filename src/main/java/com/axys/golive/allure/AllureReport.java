package com.axys.golive.allure;

import com.axys.golive.evidence.OwnerOnly;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * Builds the Allure HTML report offline with the Allure command line that the Maven build unpacks next to the jar
 * ({@code target/allure/allure-2.34.0}); override with {@code -Dgolive.allure.home=DIR}. The command line runs in a
 * child JVM (same java, see {@link AllureChild}) so its dependencies never meet ours, with analytics off; it dies
 * with the harness. The report is one file, {@code report/index.html}, that works opened from disk; Allure's Google
 * Tag Manager snippet is removed, and a report that would still load anything from another site is withheld.
 * Where the command line is absent (a jump box with only the jar) the report is skipped and said so; the raw
 * results stay in the bundle.
 */
public final class AllureReport {

    public static final String VERSION = "2.34.0";
    private static final long TIMEOUT_SECONDS = 180;

    /** What happened: built (with the report folder) or skipped/failed (with the reason). */
    public record Outcome(boolean built, Path reportDir, String detail) { }

    private AllureReport() {
    }

    /** Builds {@code reportDir/index.html} from {@code resultsDir}; helper files go under {@code scratchDir}. */
    public static Outcome build(Path resultsDir, Path reportDir, Path scratchDir) {
        return build(resultsDir, reportDir, scratchDir, List.of(), List.of());
    }

    /**
     * As {@link #build(Path, Path, Path)}, with trend history: the history embedded in {@code previousReport} (the
     * single-file report of the target's previous run, if there is one) goes into the results first, so Allure draws
     * its trend charts across runs, and this report in turn carries it on to the next. Nothing is kept outside the
     * bundles: the history is scenario names, statuses and durations, which the bundles already hold.
     */
    public static Outcome build(Path resultsDir, Path reportDir, Path scratchDir, Optional<Path> previousReport) {
        previousReport.ifPresent(index -> carryHistory(index, resultsDir.resolve("history")));
        return build(resultsDir, reportDir, scratchDir);
    }

    /**
     * The report of {@code target}'s latest run before {@code thisRun} under {@code evidenceRoot} (run folders are
     * named {@code <UTC time>-<target>-<suffix>}, so their names sort by time), if it built one.
     */
    public static Optional<Path> previousReport(Path evidenceRoot, String target, Path thisRun) {
        try (Stream<Path> runs = Files.list(evidenceRoot)) {
            return runs.filter(run -> !run.equals(thisRun) && run.getFileName().toString().contains("-" + target + "-")
                            && run.getFileName().toString().compareTo(thisRun.getFileName().toString()) < 0)
                    .map(run -> run.resolve(REPORT_INDEX)).filter(Files::isRegularFile).max(Comparator.naturalOrder());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Where a bundle's single-file report is. */
    static final String REPORT_INDEX = "report/index.html";

    /** The single-file report embeds its history as {@code d('history/NAME','BASE64')}; these become result files. */
    private static final java.util.regex.Pattern EMBEDDED_HISTORY = java.util.regex.Pattern.compile(
            "d\\('history/([A-Za-z0-9._-]+\\.json)','([A-Za-z0-9+/=]*)'\\)");

    private static void carryHistory(Path index, Path historyDir) {
        try {
            java.util.regex.Matcher m = EMBEDDED_HISTORY.matcher(Files.readString(index, StandardCharsets.UTF_8));
            while (m.find()) {
                OwnerOnly.createDirectories(historyDir);
                OwnerOnly.write(historyDir.resolve(m.group(1)), java.util.Base64.getDecoder().decode(m.group(2)));
            }
        } catch (IOException | IllegalArgumentException e) {
            org.slf4j.LoggerFactory.getLogger(AllureReport.class).warn("Allure trend history not carried over from"
                    + " {}: {}", index, e.toString());
        }
    }

    /** As {@link #build(Path, Path, Path)}, the child JVM started with {@code jvmOptions} and {@code classpath} too. */
    static Outcome build(Path resultsDir, Path reportDir, Path scratchDir, List<String> jvmOptions,
                         List<Path> classpath) {
        Optional<Path> home = home();
        if (home.isEmpty()) {
            return new Outcome(false, null, "Allure command line not found (build with ./mvnw package, or set"
                    + " -Dgolive.allure.home); raw results are in " + resultsDir.getFileName());
        }
        try {
            OptionalInt exit = new AllureChild(home.get(), scratchDir, jvmOptions, classpath)
                    .generate(resultsDir, reportDir, TIMEOUT_SECONDS);
            if (exit.isEmpty()) {
                discard(reportDir);
                return new Outcome(false, null, "Allure report generation timed out after " + TIMEOUT_SECONDS + " s");
            }
            if (exit.getAsInt() != 0 || !AllureChild.exists(reportDir)) {
                discard(reportDir);
                return new Outcome(false, null, "Allure generate exited " + exit.getAsInt());
            }
            return offline(reportDir);
        } catch (IOException e) {
            discard(reportDir);
            return new Outcome(false, null, "Allure report could not be built: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            discard(reportDir);
            return new Outcome(false, null, "Allure report interrupted");
        }
    }

    /** Strips the tracker snippet, and withholds the report if anything would still load from elsewhere. */
    private static Outcome offline(Path reportDir) throws IOException {
        Path index = reportDir.resolve("index.html");
        String page = OfflineHtml.strip(Files.readString(index, StandardCharsets.UTF_8));
        List<String> external = OfflineHtml.externalReferences(page);
        if (!external.isEmpty()) {
            discard(reportDir);
            return new Outcome(false, null, "Allure report withheld: it would load from another site ("
                    + String.join("; ", external.subList(0, Math.min(3, external.size())))
                    + "); the raw results are in allure-results");
        }
        OwnerOnly.writeString(index, page);
        OwnerOnly.restrictTree(reportDir);
        return new Outcome(true, reportDir, "report/index.html");
    }

    /** A half-written or withheld report is removed, so summary.html never links it. */
    private static void discard(Path reportDir) {
        if (!Files.exists(reportDir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(reportDir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: the report is not part of the evidence that must verify
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
}
