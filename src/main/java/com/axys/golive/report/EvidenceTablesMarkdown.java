package com.axys.golive.report;

import java.util.List;

/** The summary's tables of state transitions and handled errors, in Markdown. */
final class EvidenceTablesMarkdown {

    private EvidenceTablesMarkdown() {
    }

    static String transitions(List<TransitionRecord> transitions) {
        long undocumented = transitions.stream().filter(t -> !t.allowed()).count();
        StringBuilder md = new StringBuilder("\n## State transitions observed\n\n").append(transitions.size())
                .append(" transitions, ").append(undocumented).append(" not allowed by the documented state machine"
                        + " (marked **UNDOCUMENTED**).\n\n");
        if (transitions.isEmpty()) {
            return md.toString();
        }
        md.append(Markdown.header("Line", "Entity", "Id", "Field", "From", "To", "Call", "Scenario", "Rule"));
        for (TransitionRecord t : transitions) {
            md.append(Markdown.row(List.of(String.valueOf(t.line()), Markdown.text(t.entity()), Markdown.code(t.id()),
                    Markdown.code(t.field()), t.from() == null ? "—" : String.valueOf(t.from()),
                    String.valueOf(t.to()),
                    "#" + t.callSeq(), Markdown.text(t.scenario()),
                    (t.allowed() ? "" : "**UNDOCUMENTED** ") + Markdown.text(t.rule()))));
        }
        return md.toString();
    }

    static String errors(List<ErrorRecord> errors) {
        StringBuilder md = new StringBuilder("\n## Error cases handled\n\n").append(errors.size())
                .append(" refused calls, each classified with the action the integration takes.\n\n");
        if (errors.isEmpty()) {
            return md.toString();
        }
        md.append(Markdown.header("Line", "Call", "Request", "Status", "Code", "Classification", "Action",
                "Scenario"));
        for (ErrorRecord e : errors) {
            md.append(Markdown.row(List.of(String.valueOf(e.line()), e.callSeq() == null ? "—" : "#" + e.callSeq(),
                    Markdown.code(e.what()), EndpointVolume.statusLabel(e.status()), Markdown.code(e.code()),
                    Markdown.text(e.classification()), Markdown.text(e.action()), Markdown.text(e.scenario()))));
        }
        return md.toString();
    }
}
