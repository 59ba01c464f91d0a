package com.axys.golive.gonogo;

import com.axys.golive.report.Html;
import com.axys.golive.report.HtmlPage;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * {@code go-no-go.html}: the launch decision on one self-contained page in the style of {@code summary.html} (CSS
 * inline, no script, no external resource). Sections with stable ids: {@code verdict}, {@code blockers},
 * {@code warnings}, {@code preflight}, {@code phase3}, {@code evidence}, {@code phase4}, {@code inputs}. Every
 * value read from the inputs is escaped.
 */
public final class GoNoGoHtml {

    private static final String CSS = """
            .banner.go{border-color:#1b5e20;background:#e8f5e9}.banner.warn{border-color:#b26a00;background:#fff4e0}
            .banner.nogo{border-color:#b71c1c;background:#fdecea}#verdict{font-size:20px}
            tr.red td{background:#fdecea}tr.amber td{background:#fff4e0}td.r-PASS{color:#1b5e20;font-weight:700}
            td.r-FAIL{color:#b71c1c;font-weight:700}td.r-WARN,td.r-MANUAL{color:#b26a00;font-weight:700}
            td.r-SKIP{color:#757575;font-weight:700}
            """;

    private GoNoGoHtml() {
    }

    public static String render(GoNoGo g, List<Phase4Item> phase4, Instant generatedAt) {
        String css = switch (g.decision()) {
            case GO -> "go";
            case GO_WITH_WARNINGS -> "warn";
            case NO_GO -> "nogo";
        };
        StringBuilder html = new StringBuilder(HtmlPage.open("Axys go-live: " + g.decision().label(), CSS));
        html.append("<header id=\"top\">\n<h1>Axys go-live: go/no-go</h1>\n<p class=\"banner ").append(css)
                .append("\" id=\"verdict\" data-verdict=\"").append(g.decision().name()).append("\">")
                .append(Html.escape(g.verdictLine())).append("</p>\n<p>Written ")
                .append(generatedAt.truncatedTo(ChronoUnit.SECONDS))
                .append(" from the saved preflight results and the Phase 3 bundle below. GO needs every preflight"
                        + " check PASS (a SKIP is accepted, as preflight accepts it, and listed), every Phase 3"
                        + " test PASS (or, for a manual one, signed off in the bundle) and evidence that"
                        + " verifies.</p>\n</header>\n");
        html.append(findings("blockers", "Red items (NO-GO)", g.blockers(), "red",
                "Nothing is red."));
        html.append(findings("warnings", "Warnings", g.warnings(), "amber", "No warning stands."));
        if (!g.warnings().isEmpty()) {
            html.append("<p id=\"warnings-meaning\">A warning means the check or test held today but needs"
                    + " attention before or soon after launch (a certificate near expiry, a calling IP not"
                    + " checked, a test that ran but could not show all the runbook asks). The verdict is GO WITH"
                    + " WARNINGS, never a plain GO, until each is fixed or, for a Phase 3 test, confirmed and"
                    + " signed off.</p>\n");
        }
        html.append(preflight(g.preflight(), g.skipped()));
        html.append(phase3(g.phase3()));
        html.append("<section id=\"evidence\">\n<h2>Evidence</h2>\n<p class=\"").append(g.phase3().evidenceVerified()
                        ? "verdict-pass" : "verdict-fail").append("\">")
                .append(Html.escape(g.phase3().evidenceVerified() ? "The Phase 3 bundle verifies: "
                        : "NO-GO: evidence does not verify: ")).append(Html.escape(g.phase3().evidenceLine()))
                .append("</p>\n<p>Check it yourself: <code>golive evidence verify ")
                .append(Html.escape(g.phase3().source())).append("</code>; the preflight results:"
                        + " <code>sha256sum -c preflight.json.sha256</code> in their folder.</p>\n</section>\n");
        html.append(phase4(phase4));
        html.append("<section id=\"inputs\">\n<h2>Inputs</h2>\n").append(HtmlPage.keyValues(List.of(
                List.of("Preflight results", g.preflight().source()),
                List.of("Preflight SHA-256", g.preflight().sha256() == null ? "" : g.preflight().sha256()),
                List.of("Preflight target", g.preflight().target()),
                List.of("Phase 3 bundle", g.phase3().source()),
                List.of("Phase 3 run", g.phase3().runId()),
                List.of("Phase 3 target", g.phase3().target() + " " + g.phase3().baseUrl()
                        + (g.phase3().rehearsal() ? " (REHEARSAL)" : ""))))).append("</section>\n");
        return html.append(HtmlPage.close()).toString();
    }

    private static String findings(String id, String title, List<Finding> findings, String rowClass,
                                   String none) {
        StringBuilder html = new StringBuilder("<section id=\"").append(id).append("\">\n<h2>")
                .append(Html.escape(title)).append(" (").append(findings.size()).append(")</h2>\n");
        if (findings.isEmpty()) {
            return html.append("<p>").append(Html.escape(none)).append("</p>\n</section>\n").toString();
        }
        html.append(HtmlPage.head("From", "Item", "Reason", "Fix"));
        findings.forEach(f -> html.append("<tr class=\"").append(rowClass).append("\">").append(Html.cell(f.source()))
                .append(Html.cell(f.item())).append(Html.cell(f.reason())).append(Html.cell(f.fix()))
                .append("</tr>\n"));
        return html.append(HtmlPage.tail()).append("</section>\n").toString();
    }

    private static String preflight(PreflightResults p, List<Finding> skipped) {
        StringBuilder html = new StringBuilder("<section id=\"preflight\">\n<h2>Preflight (Phase 2)</h2>\n<p>Target ")
                .append(Html.escape(p.target())).append(".</p>\n")
                .append(HtmlPage.head("Check", "Checklist", "Result", "Detail", "Fix"));
        for (PreflightResults.Check c : p.checks()) {
            html.append("<tr>").append(Html.cell(c.name())).append(Html.cell(String.join(", ", c.checklistIds())))
                    .append("<td class=\"r-").append(Html.escape(c.status())).append("\">")
                    .append(Html.escape(c.status())).append("</td>").append(Html.cell(c.detail()))
                    .append(Html.cell(c.fix())).append("</tr>\n");
        }
        html.append(HtmlPage.tail());
        if (!skipped.isEmpty()) {
            html.append("<p id=\"skipped\">Skipped (not checked, accepted as preflight accepts it): ");
            html.append(Html.escape(String.join("; ", skipped.stream().map(f -> f.item() + ": " + f.reason())
                    .toList()))).append("</p>\n");
        }
        return html.append("</section>\n").toString();
    }

    private static String phase3(Phase3Results r) {
        StringBuilder html = new StringBuilder("<section id=\"phase3\">\n<h2>Phase 3 production verification</h2>\n");
        if (r.rehearsal()) {
            html.append("<p class=\"banner other\">REHEARSAL against ").append(Html.escape(r.target()))
                    .append(": not the production verification; it does not count for Phase 3.</p>\n");
        }
        html.append(HtmlPage.head("Test", "Pass criteria", "Result", "Notes", "Sign-off"));
        for (Phase3Results.Test t : r.tests()) {
            String signOff = r.signOff(t.checklistId()).map(s -> s.by() + " at " + s.at() + " (ref " + s.ref() + ")")
                    .orElse(t.result().equals("PASS") ? "" : "none recorded");
            html.append("<tr>").append(Html.cell(t.label())).append(Html.cell(t.passCriteria()))
                    .append("<td class=\"r-").append(Html.escape(t.result())).append("\">")
                    .append(Html.escape(t.result())).append("</td>").append(Html.cell(t.notes()))
                    .append(Html.cell(signOff)).append("</tr>\n");
        }
        return html.append(HtmlPage.tail()).append("</section>\n").toString();
    }

    private static String phase4(List<Phase4Item> items) {
        StringBuilder html = new StringBuilder("<section id=\"phase4\">\n<h2>Phase 4: launch day checklist</h2>\n"
                + "<p>Mostly manual: people confirm these, and record each with <code>golive evidence sign-off"
                + " BUNDLE --item ID --by NAME --ref REF</code>. They are not part of the verdict above.</p>\n")
                .append(HtmlPage.head("", "Item", "Section", "What", "Status"));
        for (Phase4Item i : items) {
            html.append("<tr data-item=\"").append(Html.escape(i.id())).append("\"><td>")
                    .append(i.signOff() == null ? "&#9744;" : "&#9745;").append("</td>").append(Html.cell(i.id()))
                    .append(Html.cell(i.section())).append(Html.cell(i.text())).append(Html.cell(i.status()))
                    .append("</tr>\n");
        }
        return html.append(HtmlPage.tail()).append("</section>\n").toString();
    }
}
