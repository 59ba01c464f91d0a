package com.axys.golive.report;

import java.util.List;

/** The auditor's page's tables of state transitions, handled errors and per-phase coverage, in HTML. */
final class EvidenceTablesHtml {

    private EvidenceTablesHtml() {
    }

    static String transitions(List<TransitionRecord> transitions) {
        long undocumented = transitions.stream().filter(t -> !t.allowed()).count();
        StringBuilder html = new StringBuilder("<section id=\"transitions\">\n<h2>State transitions observed</h2>\n<p>")
                .append(transitions.size()).append(" transitions (transitions.jsonl), ").append(undocumented)
                .append(" not allowed by the documented state machine, highlighted.</p>\n");
        if (!transitions.isEmpty()) {
            html.append(HtmlPage.head("Line", "Entity", "Id", "Field", "From", "To", "Call", "Scenario", "Rule"));
            for (TransitionRecord t : transitions) {
                html.append(t.allowed() ? "<tr>" : "<tr class=\"undocumented\" data-undocumented=\"true\">")
                        .append(Html.cell(t.line())).append(Html.cell(t.entity())).append(Html.cell(t.id()))
                        .append(Html.cell(t.field())).append(Html.cell(t.from() == null ? "—" : t.from()))
                        .append(Html.cell(t.to())).append(Html.cell("#" + t.callSeq()))
                        .append(Html.cell(t.scenario())).append("<td>")
                        .append(t.allowed() ? "" : "<span class=\"flag\">UNDOCUMENTED</span> ")
                        .append(Html.escape(t.rule())).append("</td></tr>\n");
            }
            html.append(HtmlPage.tail());
        }
        return html.append("</section>\n").toString();
    }

    static String errors(List<ErrorRecord> errors) {
        StringBuilder html = new StringBuilder("<section id=\"errors\">\n<h2>Error cases handled</h2>\n<p>")
                .append(errors.size()).append(" refused calls (errors.jsonl), each classified with the action the"
                        + " integration takes.</p>\n");
        if (!errors.isEmpty()) {
            html.append(HtmlPage.head("Line", "Call", "Request", "Status", "Code", "Classification", "Action",
                    "Scenario"));
            for (ErrorRecord e : errors) {
                html.append("<tr>").append(Html.cell(e.line()))
                        .append(Html.cell(e.callSeq() == null ? "—" : "#" + e.callSeq())).append(Html.cell(e.what()))
                        .append(Html.cell(EndpointVolume.statusLabel(e.status()))).append(Html.cell(e.code()))
                        .append(Html.cell(e.classification())).append(Html.cell(e.action()))
                        .append(Html.cell(e.scenario())).append("</tr>\n");
            }
            html.append(HtmlPage.tail());
        }
        return html.append("</section>\n").toString();
    }

    static String phases(List<PhaseTally> phases) {
        StringBuilder html = new StringBuilder(HtmlPage.head("Phase", "Items", "Passed", "Failed", "Pending",
                "Incomplete", "Not run", "Manual", "Not applicable"));
        for (PhaseTally p : phases) {
            html.append("<tr data-phase=\"").append(p.phase()).append("\">")
                    .append(Html.cell(p.phase() + " " + p.title())).append(Html.cell(p.items()))
                    .append(Html.cell(p.passed())).append(Html.cell(p.failed())).append(Html.cell(p.pending()))
                    .append(Html.cell(p.incomplete()))
                    .append(Html.cell(p.notRun())).append(Html.cell(p.manual())).append(Html.cell(p.notApplicable()))
                    .append("</tr>\n");
        }
        return html.append(HtmlPage.tail()).toString();
    }
}
