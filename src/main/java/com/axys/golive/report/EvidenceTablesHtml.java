package com.axys.golive.report;

import java.util.List;

/** The auditor's page's tables of state transitions, handled errors and per-phase coverage, in HTML. */
final class EvidenceTablesHtml {

    private EvidenceTablesHtml() {
    }

    /**
     * The auditor's page's picture of the transitions: one state diagram per state field seen (balances are amounts,
     * not states, and stay in the table), every undocumented move listed as a row, the whole table in the appendix.
     */
    static String stateDiagrams(List<TransitionRecord> transitions) {
        long undocumented = transitions.stream().filter(t -> !t.allowed()).count();
        StringBuilder html = new StringBuilder("<section id=\"transitions\">\n<h2>State transitions observed</h2>\n<p>")
                .append(transitions.size()).append(" transitions (transitions.jsonl), ").append(undocumented)
                .append(" not allowed by the documented state machine")
                .append(undocumented == 0 ? "" : ", drawn red and listed below")
                .append(". Every one, with its call and scenario: <a href=\"").append(ReportWriter.APPENDIX)
                .append("#transitions\">the appendix</a>.</p>\n");
        java.util.Map<String, List<String>> fields = new java.util.LinkedHashMap<>();
        transitions.stream().filter(t -> com.axys.golive.ledger.StateNames.isState(t.entity(), t.field()))
                .forEach(t -> fields.computeIfAbsent(t.entity() + " " + t.field(), k -> List.of(t.entity(),
                        t.field())));
        fields.values().forEach(ef -> {
            List<StateDiagramSvg.Edge> edges = StateDiagramSvg.edges(transitions, ef.get(0), ef.get(1));
            html.append("<figure class=\"state-diagram\" id=\"states-").append(Html.escape(ef.get(0) + "-"
                    + ef.get(1))).append("\"><figcaption>").append(Html.escape(ef.get(0))).append(" <code>")
                    .append(Html.escape(ef.get(1))).append("</code>: ")
                    .append(edges.stream().mapToLong(StateDiagramSvg.Edge::count).sum())
                    .append(" transitions</figcaption>\n").append(StateDiagramSvg.render(ef.get(0), ef.get(1), edges))
                    .append("</figure>\n");
        });
        List<TransitionRecord> flagged = transitions.stream().filter(t -> !t.allowed()).toList();
        if (!flagged.isEmpty()) {
            html.append(rows(flagged));
        }
        return html.append("</section>\n").toString();
    }

    /** Every handled error by its classification, with the action taken; each one is in the appendix. */
    static String errorSummary(List<ErrorRecord> errors) {
        StringBuilder html = new StringBuilder("<section id=\"errors\">\n<h2>Error cases handled</h2>\n<p>")
                .append(errors.size()).append(" refused calls (errors.jsonl), each classified with the action the"
                        + " integration takes; each one, with its call and scenario: <a href=\"")
                .append(ReportWriter.APPENDIX).append("#errors\">the appendix</a>.</p>\n");
        if (!errors.isEmpty()) {
            java.util.Map<String, List<ErrorRecord>> byClass = new java.util.TreeMap<>();
            errors.forEach(e -> byClass.computeIfAbsent(String.valueOf(e.classification()), k -> new java.util.ArrayList<>())
                    .add(e));
            html.append(HtmlPage.head("Classification", "Calls", "Status codes", "Action"));
            byClass.forEach((cls, list) -> html.append("<tr data-classification=\"").append(Html.escape(cls))
                    .append("\">").append(Html.cell(cls)).append(Html.cell(list.size()))
                    .append(Html.cell(list.stream().map(e -> EndpointVolume.statusLabel(e.status())).distinct()
                            .sorted().collect(java.util.stream.Collectors.joining(", "))))
                    .append(Html.cell(list.get(0).action())).append("</tr>\n"));
            html.append(HtmlPage.tail());
        }
        return html.append("</section>\n").toString();
    }

    static String transitions(List<TransitionRecord> transitions) {
        long undocumented = transitions.stream().filter(t -> !t.allowed()).count();
        StringBuilder html = new StringBuilder("<section id=\"transitions\">\n<h2>State transitions observed</h2>\n<p>")
                .append(transitions.size()).append(" transitions (transitions.jsonl), ").append(undocumented)
                .append(" not allowed by the documented state machine, highlighted.</p>\n");
        if (!transitions.isEmpty()) {
            html.append(rows(transitions));
        }
        return html.append("</section>\n").toString();
    }

    private static String rows(List<TransitionRecord> transitions) {
        StringBuilder html = new StringBuilder(HtmlPage.head("Line", "Entity", "Id", "Field", "From", "To", "Call",
                "Scenario", "Rule"));
        for (TransitionRecord t : transitions) {
            html.append(t.allowed() ? "<tr>" : "<tr class=\"undocumented\" data-undocumented=\"true\">")
                    .append(Html.cell(t.line())).append(Html.cell(t.entity())).append(Html.cell(t.id()))
                    .append(Html.cell(t.field())).append(Html.cell(t.from() == null ? "—"
                            : com.axys.golive.ledger.StateNames.label(t.entity(), t.field(), t.from())))
                    .append(Html.cell(com.axys.golive.ledger.StateNames.label(t.entity(), t.field(), t.to())))
                    .append(Html.cell("#" + t.callSeq()))
                    .append(Html.cell(t.scenario())).append("<td>")
                    .append(t.allowed() ? "" : "<span class=\"flag\">UNDOCUMENTED</span> ")
                    .append(Html.escape(t.rule())).append("</td></tr>\n");
        }
        return html.append(HtmlPage.tail()).toString();
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
