package com.axys.golive.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.config.HarnessConfig;
import com.axys.golive.run.HarnessSession;
import com.axys.golive.run.HarnessSessions;
import com.axys.golive.runner.FeatureRunner;
import com.axys.golive.testing.HeadlessChromium;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The auditor's page as a person sees it: a real run's summary.html opened in headless Chromium (installed by
 * .ci/run; the test is skipped on a developer machine without it, and fails in CI without it). The rendered DOM
 * must hold the coverage and both charts, and the screenshot must show more than a blank page.
 */
final class SummaryInBrowserTest {

    @TempDir
    Path dir;

    @Test
    void summaryHtmlRendersCoverageAndChartsInAHeadlessBrowser() throws Exception {
        HeadlessChromium chromium = HeadlessChromium.find(dir);
        Path bundle;
        try (HarnessSession session = HarnessSession.open(HarnessConfig.simulatorDefaults(dir.resolve("evidence")),
                Clock.systemUTC())) {
            bundle = session.evidence().dir();
            HarnessSessions.install(session);
            try {
                FeatureRunner.run(session, "@checklist:P3.01 or @checklist:P1.ERR.01 and @checklist:P1.INT.08 or @checklist:P1.INT.02",
                        new PrintWriter(new StringWriter()));
            } finally {
                HarnessSessions.uninstall();
            }
        }
        Path page = bundle.resolve("summary.html");
        assertThat(page).exists();

        String dom = chromium.run("--dump-dom", page.toUri().toString());
        assertThat(dom).contains("id=\"coverage\"").contains("id=\"charts\"").contains("id=\"call-volume\"")
                .contains("id=\"status-mix\"").contains("<svg").containsPattern("data-count=\"\\d+\"")
                .contains("listCardholders");

        assertThat(dom).as("the transitions as a picture").contains("<svg class=\"states\"")
                .contains("id=\"states-cardholder-status\"").containsPattern("class=\"edge[^\"]*\" data-from=");

        // Printable: the page stays a few pages; the long tables went to the appendix it links.
        int summaryPages = pages(chromium, page);
        int appendixPages = pages(chromium, bundle.resolve("appendix.html"));
        System.out.printf("summary.html prints on %d pages, appendix.html on %d%n", summaryPages, appendixPages);
        assertThat(summaryPages).as("printed pages of summary.html").isBetween(1, 6);
        assertThat(appendixPages).as("printed pages of appendix.html").isPositive();

        Path png = dir.resolve("summary.png");
        chromium.run("--screenshot=" + png, "--window-size=1280,2000", page.toUri().toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(distinctColours(image)).as("a rendered page, not a blank one").isGreaterThan(20);
    }

    /** Prints {@code page} to PDF as Chromium does and counts the PDF's page objects. */
    private int pages(HeadlessChromium chromium, Path page) throws IOException, InterruptedException {
        Path pdf = dir.resolve(page.getFileName() + ".pdf");
        chromium.run("--print-to-pdf=" + pdf, "--no-pdf-header-footer", page.toUri().toString());
        assertThat(pdf).as("Chromium printed %s", page).exists();
        String raw = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        return (int) java.util.regex.Pattern.compile("/Type\\s*/Page(?![s\\w])").matcher(raw).results().count();
    }

    private static int distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
