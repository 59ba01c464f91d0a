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
    private String appendix;

    @BeforeEach
    void writeReports() throws IOException {
        try (BundleFixture fixture = BundleFixture.open(root)) {
            fixture.recordSampleRun();
            ReportWriter.write(fixture.dir(), BundleFixture.simulatorFacts());
            html = Files.readString(fixture.dir().resolve("summary.html"));
            markdown = Files.readString(fixture.dir().resolve("summary.md"));
            appendix = Files.readString(fixture.dir().resolve("appendix.html"));
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
        for (String page : List.of(html, appendix)) {
            assertThat(page).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("src=")
                    .doesNotContainIgnoringCase("<link").doesNotContain("@import").contains("<style>");
            assertThat(page.replace("url(#arrow-", "")).as("only the page's own arrow markers").doesNotContain("url(");
            Matcher links = Pattern.compile("href=\"([^\"]*)\"").matcher(page);
            while (links.find()) {
                assertThat(links.group(1)).isIn("coverage.md", "drift.md", "summary.html", "appendix.html#transitions",
                        "appendix.html#errors", "appendix.html#operations");
            }
        }
        assertThat(html).contains("<svg class=\"chart\"");
    }

    @Test
    void drawsEachStateFieldAsADiagramWithCountsAndTheUndocumentedMoveInRed() {
        assertThat(html).contains("id=\"states-card-cardStatus\"").contains("<svg class=\"states\"")
                .contains(">Approved</text>")
                .containsPattern("<g class=\"edge\" data-from=\"\\w+\" data-to=\"\\d+\" data-count=\"\\d+\""
                        + " data-allowed=\"true\">")
                .contains("<g class=\"edge undocumented\" data-from=\"1\" data-to=\"9\" data-count=\"1\""
                        + " data-allowed=\"false\">");
        assertThat(html).as("balances are amounts, not states").doesNotContain("id=\"states-card-availableBalance\"");
    }

    @Test
    void showsTheCoverageAsAChartPerPhaseAndTheCallsInOrder() {
        assertThat(html).contains("id=\"coverage-chart\"").contains("<svg class=\"chart coverage\"")
                .containsPattern("<g class=\"phase\" data-phase=\"1\">.*data-result=\"(passed|failed|not-run)\"")
                .contains("id=\"call-timeline\"").contains("<svg class=\"chart timeline\"");
        Matcher ticks = Pattern.compile("data-seq=\"(\\d+)\" data-status=\"(-?\\d+)\"").matcher(html);
        List<String> seen = new java.util.ArrayList<>();
        while (ticks.find()) {
            seen.add(ticks.group(1) + ":" + ticks.group(2));
        }
        assertThat(seen).as("one tick per call, in order, with its status").hasSize(3).contains("3:404");
    }

    @Test
    void theLongTablesAreInTheAppendixAndThePageLinksThem() {
        assertThat(appendix).contains("<section id=\"transitions\">").contains("<section id=\"errors\">")
                .contains("<section id=\"operations\">").contains("<td>not-found</td>")
                .contains("href=\"summary.html\"");
        assertThat(html).contains("href=\"appendix.html#transitions\"").contains("href=\"appendix.html#errors\"");
        String section = html.substring(html.indexOf("<section id=\"transitions\">"),
                html.indexOf("<section id=\"errors\">"));
        assertThat(section.split("<tr", -1)).as("the page lists only the undocumented move; the appendix all")
                .hasSize(3);
    }

    @Test
    void highlightsTheUndocumentedTransitionAndListsTheRefusedCall() {
        assertThat(html).containsOnlyOnce("data-undocumented=\"true\"").contains("UNDOCUMENTED")
                .contains("<td>not-found</td>");
        assertThat(markdown).contains("**UNDOCUMENTED** undocumented: 1 -> 9");
    }
}
