package com.axys.golive.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SummaryHtmlTest {

    private static final Pattern OPERATION_BAR = Pattern.compile(
            "<g class=\"bar\" data-operation=\"([^\"]+)\" data-count=\"(\\d+)\">");

    @TempDir
    Path root;

    private String html;
    private String markdown;

    @BeforeEach
    void writeReports() throws IOException {
        try (BundleFixture fixture = BundleFixture.open(root)) {
            fixture.recordSampleRun();
            ReportWriter.write(fixture.dir(), BundleFixture.simulatorFacts());
            html = Files.readString(fixture.dir().resolve("summary.html"));
            markdown = Files.readString(fixture.dir().resolve("summary.md"));
        }
    }

    @Test
    void hasEverySectionUnderAStableId() {
        for (String id : List.of("run", "certificate", "verdict", "failures", "charts", "call-volume", "status-mix",
                "transitions", "errors", "coverage", "drift", "verify")) {
            assertThat(html).contains("id=\"" + id + "\"");
        }
        assertThat(html).contains("AB:CD:EF").contains(BundleFixture.BASE_URL).contains("7 min 36 s")
                .contains("golive evidence verify").contains("sha256sum").contains("href=\"coverage.md\"")
                .contains("href=\"drift.md\"");
    }

    @Test
    void drawsOneBarPerOperationWithItsCountAndOneSegmentPerStatus() {
        Matcher bars = OPERATION_BAR.matcher(html);
        java.util.Map<String, String> counts = new java.util.TreeMap<>();
        while (bars.find()) {
            counts.put(bars.group(1), bars.group(2));
        }
        assertThat(counts).containsOnly(java.util.Map.entry("getCardDetails", "1"), java.util.Map.entry("getOtp", "1"),
                java.util.Map.entry("getCard", "1"));
        assertThat(html).contains("data-status=\"404\" data-count=\"1\"")
                .contains("<g class=\"bar\" data-status=\"200\" data-count=\"2\">");
    }

    @Test
    void saysPlainlyThatASimulatorRunProvesNothingAboutStaging() {
        assertThat(html).contains("class=\"banner simulator\"")
                .contains("Proven on the simulator only — run against staging for the evidence pack.");
        assertThat(markdown).contains("Proven on the simulator only — run against staging for the evidence pack.");
    }

    @Test
    void escapesAScenarioNameThatCarriesMarkup() {
        assertThat(html).doesNotContain("<script").doesNotContain("alert('pwned')")
                .contains("&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt; &amp; &quot;friends&quot;")
                .contains("it was &lt;blocked&gt;");
        assertThat(markdown).doesNotContain("<script").contains("&lt;script>alert");
    }

    @Test
    void isSelfContainedWithoutScriptsOrExternalResources() {
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("src=")
                .doesNotContainIgnoringCase("<link").doesNotContain("@import").doesNotContain("url(")
                .contains("<style>").contains("<svg class=\"chart\"");
        Matcher links = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        while (links.find()) {
            assertThat(links.group(1)).isIn("coverage.md", "drift.md");
        }
    }

    @Test
    void highlightsTheUndocumentedTransitionAndListsTheRefusedCall() {
        assertThat(html).containsOnlyOnce("data-undocumented=\"true\"").contains("UNDOCUMENTED")
                .contains("<td>not-found</td>");
        assertThat(markdown).contains("**UNDOCUMENTED** undocumented: 1 -> 9");
    }
}
