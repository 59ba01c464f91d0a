package com.axys.golive.report;

import java.util.List;
import java.util.Map;

/**
 * {@code summary.html}: the auditor's page. One file, no script, no external resource: CSS and SVG charts inline.
 * Each section has a stable id ({@code run}, {@code certificate}, {@code verdict}, {@code failures},
 * {@code charts}, {@code transitions}, {@code errors}, {@code coverage}, {@code drift}, {@code verify}); every
 * value from the bundle is escaped.
 */
final class SummaryHtml {

    private SummaryHtml() {
    }

    static String render(RunReport r, boolean allureReport) {
        RunFacts f = r.facts();
        StringBuilder html = new StringBuilder(HtmlPage.open("Axys go-live evidence — run " + f.runId()));
        String where = r.target().simulator() ? "simulator" : r.target().staging() ? "staging" : "other";
        html.append("<header id=\"top\">\n<h1>Axys go-live evidence — run ").append(Html.escape(f.runId()))
                .append("</h1>\n<p class=\"banner ").append(where).append("\" id=\"target-statement\">")
                .append(Html.escape(r.target().statement())).append("</p>\n</header>\n");
        html.append("<section id=\"run\">\n<h2>What ran, where and when</h2>\n").append(HtmlPage.keyValues(List.of(
                List.of("Target", f.targetName()), List.of("Base URL", f.baseUrl()),
                List.of("Program features", f.programFeatures().isEmpty() ? "none"
                        : String.join(", ", f.sortedFeatures())),
                List.of("Started", f.startedAt().toString()), List.of("Ended", f.endedAt().toString()),
                List.of("Duration", r.duration()), List.of("Tool version", f.toolVersion()))))
                .append("</section>\n");
        html.append(certificate(f.certificate()));
        html.append(verdict(r));
        if (allureReport) {
            html.append("<p id=\"allure\">Scenario by scenario, with every step: <a href=\"")
                    .append(ReportWriter.ALLURE_INDEX).append("\">the Allure report</a>.</p>\n");
        }
        html.append(charts(r));
        html.append(EvidenceTablesHtml.stateDiagrams(r.bundle().transitions()));
        html.append(EvidenceTablesHtml.errorSummary(r.bundle().errors()));
        html.append("<section id=\"coverage\">\n<h2>Checklist coverage</h2>\n")
                .append("<figure id=\"coverage-chart\"><figcaption>Items per phase, by result</figcaption>\n")
                .append(OverviewSvg.coverage(r.coverage().phases())).append("<p class=\"legend\">")
                .append("<span><i style=\"background:#2e7d32\"></i>passed</span><span><i style=\"background:#c62828\">"
                        + "</i>failed</span><span><i style=\"background:#f9a825\"></i>pending on target</span><span><i"
                        + " style=\"background:#ffcc80\"></i>incomplete</span><span><i style=\"background:#9e9e9e\">"
                        + "</i>not run</span><span><i style=\"background:#90a4ae\"></i>manual</span><span><i style="
                        + "\"background:#e0e0e0\"></i>not applicable</span></p></figure>\n")
                .append(EvidenceTablesHtml.phases(r.coverage().phases()))
                .append(notProven(r.coverage()))
                .append("<p>Every item with its scenarios, evidence references and sign-off blocks:"
                        + " <a href=\"coverage.md\">coverage.md</a> (machine-readable: coverage.json).</p>\n"
                        + "</section>\n");
        DriftReport d = r.drift();
        html.append("<section id=\"drift\">\n<h2>Contract drift</h2>\n<p><strong>")
                .append(d.count(FactStatus.CONTRADICTED)).append("</strong> inferred facts contradicted, ")
                .append(d.count(FactStatus.CONFIRMED)).append(" confirmed")
                .append(r.target().confirmedOn()).append(", ")
                .append(d.count(FactStatus.NOT_EXERCISED))
                .append(" not exercised; ").append(d.outsideContract().size()).append(" calls outside the contract."
                        + " Details and the matching rule: <a href=\"drift.md\">drift.md</a>.</p>\n</section>\n");
        html.append("<section id=\"verify\">\n<h2>How to verify this pack</h2>\n<ol>\n");
        VerifyText.STEPS.forEach(step -> html.append("<li>").append(HtmlPage.withCode(step)).append("</li>\n"));
        html.append("</ol>\n</section>\n");
        return html.append(HtmlPage.close()).toString();
    }

    /**
     * {@code appendix.html}: the long tables the auditor's page links to (every transition, every handled error),
     * self-contained like the page.
     */
    static String appendix(RunReport r) {
        return HtmlPage.open("Axys go-live evidence — run " + r.facts().runId() + ", appendix")
                + "<header id=\"top\">\n<h1>Appendix to run " + Html.escape(r.facts().runId()) + "</h1>\n<p><a href=\""
                + "summary.html\">Back to the summary</a></p>\n</header>\n"
                + operations(r) + EvidenceTablesHtml.transitions(r.bundle().transitions())
                + EvidenceTablesHtml.errors(r.bundle().errors()) + HtmlPage.close();
    }

    private static String operations(RunReport r) {
        StringBuilder html = new StringBuilder("<section id=\"operations\">\n<h2>Calls per operation</h2>\n")
                .append(HtmlPage.head("Operation", "Endpoint", "Calls", "Status codes"));
        r.volume().forEach(v -> html.append("<tr>").append(Html.cell(v.operationId())).append(Html.cell(v.endpoint()))
                .append(Html.cell(v.count())).append(Html.cell(SummaryMarkdown.mix(v.statuses()))).append("</tr>\n"));
        return html.append(HtmlPage.tail()).append("</section>\n").toString();
    }

    /** The automated items this run did not prove, named, so "not run" is never only a number. */
    private static String notProven(CoverageReport c) {
        StringBuilder html = new StringBuilder();
        for (ItemResult result : List.of(ItemResult.FAILED, ItemResult.PENDING, ItemResult.INCOMPLETE,
                ItemResult.NOT_RUN)) {
            List<CoverageRow> rows = c.items().stream().filter(i -> i.result() == result).toList();
            if (!rows.isEmpty()) {
                html.append("<p class=\"not-proven\" data-result=\"").append(Html.escape(result.label()))
                        .append("\"><strong>").append(Html.escape(result.label())).append(" (").append(rows.size())
                        .append(")</strong>:</p>\n<ul class=\"named\">");
                rows.forEach(i -> html.append("<li><code>").append(Html.escape(i.id())).append("</code> ")
                        .append(Html.escape(i.text().length() > 90 ? i.text().substring(0, 89) + "…" : i.text()))
                        .append("</li>"));
                html.append("</ul>\n");
            }
        }
        return html.toString();
    }

    private static String certificate(CertificateFacts c) {
        StringBuilder html = new StringBuilder("<section id=\"certificate\">\n<h2>Client certificate</h2>\n");
        if (c == null) {
            return html.append("<p>No client certificate was recorded for this run.</p>\n</section>\n").toString();
        }
        return html.append(HtmlPage.keyValues(List.of(List.of("Subject", c.subject()), List.of("Issuer", c.issuer()),
                List.of("SHA-256 fingerprint", c.sha256Fingerprint()), List.of("Not before", c.notBefore().toString()),
                List.of("Expires (not after)", c.notAfter().toString()),
                List.of("Days left", String.valueOf(c.daysLeft()))))).append("</section>\n").toString();
    }

    private static String verdict(RunReport r) {
        ScenarioTally s = r.scenarios();
        String css = s.failed() > 0 || !r.reconciliationFindings().isEmpty() ? "fail" : s.pending() > 0 ? "none"
                : s.passed() > 0 ? "pass" : "none";
        StringBuilder html = new StringBuilder("<section id=\"verdict\">\n<h2>Verdict: <span class=\"verdict-")
                .append(css).append("\">").append(Html.escape(r.verdict())).append("</span></h2>\n<p>")
                .append(Html.escape(s.counts())).append(". ").append(r.bundle().calls().size())
                .append(" calls, ").append(r.violatingCalls()).append(" with a contract violation.</p>\n");
        html.append("<div id=\"failures\">\n");
        if (s.failures().isEmpty()) {
            html.append("<p>No scenario failed.</p>\n");
        } else {
            html.append("<h3>Failures</h3>\n").append(HtmlPage.head("Scenario", "Feature", "Message (redacted)"));
            s.failures().forEach(x -> html.append("<tr>").append(Html.cell(x.name())).append(Html.cell(x.feature()))
                    .append(Html.cell(x.failure())).append("</tr>\n"));
            html.append(HtmlPage.tail());
        }
        html.append("</div>\n");
        if (!r.reconciliationFindings().isEmpty()) {
            html.append("<div id=\"reconciliation-findings\">\n<h3>Reconciliation findings</h3>\n<p>")
                    .append(r.reconciliationFindings().size()).append(" item(s) flagged for review; details in"
                            + " <a href=\"reconciliation.md\">reconciliation.md</a>.</p>\n<ul>\n");
            r.reconciliationFindings().forEach(flag -> html.append("<li>").append(Html.escape(flag))
                    .append("</li>\n"));
            html.append("</ul>\n</div>\n");
        }
        return html.append("</section>\n").toString();
    }

    private static String charts(RunReport r) {
        List<SvgBarChart.Bar> volume = r.volume().stream().map(v -> new SvgBarChart.Bar(v.operationId(),
                Map.of("operation", v.operationId()), v.statuses())).toList();
        List<SvgBarChart.Bar> mix = r.statusMix().entrySet().stream().map(e -> new SvgBarChart.Bar(
                EndpointVolume.statusLabel(e.getKey()), Map.of("status", String.valueOf(e.getKey())),
                new java.util.TreeMap<>(Map.of(e.getKey(), e.getValue())))).toList();
        StringBuilder html = new StringBuilder("<section id=\"charts\">\n<h2>Calls</h2>\n<p class=\"legend\">")
                .append("<span><i class=\"s2xx\"></i>2xx</span><span><i class=\"s3xx\"></i>3xx</span>")
                .append("<span><i class=\"s4xx\"></i>4xx</span><span><i class=\"s5xx\"></i>5xx</span>")
                .append("<span><i class=\"snone\"></i>no response</span></p>\n");
        html.append("<figure id=\"call-volume\"><figcaption>Call volume per endpoint (")
                .append(r.bundle().calls().size()).append(" calls)</figcaption>\n")
                .append(SvgBarChart.render("Calls per operation, split by status code", volume)).append("</figure>\n");
        html.append("<p>Each operation with its endpoint and status codes: <a href=\"").append(ReportWriter.APPENDIX)
                .append("#operations\">the appendix</a>.</p>\n");
        html.append("<figure id=\"status-mix\"><figcaption>Status code mix</figcaption>\n")
                .append(SvgBarChart.render("Calls per status code", mix)).append("</figure>\n");
        html.append("<figure id=\"call-timeline\"><figcaption>Calls in the order they were made (a tall tick: an"
                + " answer other than 2xx, or none)</figcaption>\n").append(OverviewSvg.timeline(r.bundle().calls()))
                .append("</figure>\n");
        return html.append("</section>\n").toString();
    }
}
