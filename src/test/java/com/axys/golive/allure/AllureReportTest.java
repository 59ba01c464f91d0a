package com.axys.golive.allure;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.config.HarnessConfig;
import com.axys.golive.run.HarnessSession;
import com.axys.golive.run.HarnessSessions;
import com.axys.golive.runner.FeatureRunner;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Allure report of a real (narrow) run against the simulator, as an auditor receives it: one file that works
 * opened from disk, with nothing in it that would load from, or report to, another site; and its generation makes
 * no lookup or connection beyond loopback.
 */
@Tag("security")
final class AllureReportTest {

    private static final String TAGS = "@checklist:P3.01 or @security";

    @TempDir
    static Path dir;

    static Path bundle;
    static AllureReport.Outcome outcome;

    @BeforeAll
    static void runAndBuildTheReport() {
        try (HarnessSession session = HarnessSession.open(HarnessConfig.simulatorDefaults(dir.resolve("evidence")),
                Clock.systemUTC())) {
            bundle = session.evidence().dir();
            HarnessSessions.install(session);
            try {
                FeatureRunner.run(session, TAGS, new PrintWriter(new StringWriter()));
            } finally {
                HarnessSessions.uninstall();
            }
            outcome = session.buildAllureReport();
        }
    }

    @Test
    void theReportIsOneFileThatHoldsNoExternalUrlOrScript() throws Exception {
        assertThat(outcome.built()).as(outcome.detail()).isTrue();
        Path report = bundle.resolve("report");
        try (Stream<Path> files = Files.walk(report)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> report.relativize(p).toString()))
                    .as("a single self-contained file").containsExactly("index.html");
        }
        String html = Files.readString(report.resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(ExternalReferences.in(html)).isEmpty();
        Matcher reference = Pattern.compile("(?i)\\b(?:src|href)\\s*=\\s*\"([^\"]*)\"").matcher(html);
        while (reference.find()) {
            assertThat(reference.group(1)).as("every script, style and icon is inside the page")
                    .matches("(?s)data:.*|#.*");
        }
    }

    @Test
    void theSummaryLinksTheReportAndHoldsNoExternalUrlOrScript() throws Exception {
        String summary = Files.readString(bundle.resolve("summary.html"), StandardCharsets.UTF_8);
        assertThat(summary).doesNotContainIgnoringCase("<script");
        assertThat(ExternalReferences.in(summary)).isEmpty();
        Matcher link = Pattern.compile("<p id=\"allure\">[^<]*<a href=\"([^\"]+)\"").matcher(summary);
        assertThat(link.find()).as("summary.html links the Allure report").isTrue();
        assertThat(bundle.resolve(link.group(1))).isRegularFile().isEqualTo(bundle.resolve("report/index.html"));
    }

    @Test
    void theReportWorksOpenedFromDiskAndAsksNoOtherSiteForAnything() throws Exception {
        Optional<HeadlessChromium> browser = HeadlessChromium.find(dir);
        if (browser.isEmpty()) {
            assertThat(System.getenv("CI")).as("Chromium is missing; .ci/run installs it (apt-get install chromium)")
                    .isNull();
            Assumptions.abort("Chromium is not installed here (apt-get install chromium); CI runs this test");
        }
        HeadlessChromium.Visit report = browser.get().open(bundle.resolve("report/index.html"));
        String text = report.dom().replaceAll("(?is)<script\\b.*?</script>", "").replaceAll("<[^>]+>", " ");
        assertThat(text).as("the report's data is shown, not a spinner").doesNotContain("Loading...")
                .contains("Mutual TLS is enforced before anything else").contains("test cases");
        assertThat(report.pageRequests()).as("requests the report made").isEmpty();

        HeadlessChromium.Visit summary = browser.get().open(bundle.resolve("summary.html"));
        assertThat(summary.dom()).contains("id=\"coverage\"");
        assertThat(summary.pageRequests()).as("requests the summary made").isEmpty();
    }

    @Test
    void generatingTheReportLooksUpAndConnectsToNothingBeyondLoopback() throws Exception {
        Assumptions.assumeTrue(Runtime.version().feature() < 24, "Java 24 and later cannot install a security"
                + " manager, which this test records with; the build's Java 17 runs it");
        Path attempts = dir.resolve("connects.txt");
        Files.createFile(attempts);
        AllureReport.Outcome again = AllureReport.build(bundle.resolve(AllureRun.RESULTS_DIR),
                dir.resolve("guarded-report"), dir.resolve("scratch"), List.of("-Djava.security.manager=" + ConnectRecorder.class.getName(),
                        "-Dgolive.test.connects=" + attempts), List.of(testClasses()));

        assertThat(again.built()).as(again.detail()).isTrue();
        List<String> lines = Files.readAllLines(attempts);
        assertThat(lines).as("the recorder ran inside Allure's JVM").startsWith(ConnectRecorder.INSTALLED);
        assertThat(lines.subList(1, lines.size())).as("lookups (host:-1) and connections made by Allure")
                .allSatisfy(line -> assertThat(ConnectRecorder.isLoopback(line.substring(0, line.lastIndexOf(':'))))
                        .as(line).isTrue());
    }

    private static Path testClasses() throws URISyntaxException {
        return Path.of(ConnectRecorder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
