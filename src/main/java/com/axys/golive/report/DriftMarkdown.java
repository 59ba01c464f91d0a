package com.axys.golive.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code drift.md}: the matching rule first, then contradicted, confirmed and not-exercised facts. */
final class DriftMarkdown {

    private DriftMarkdown() {
    }

    static String render(DriftReport report) {
        StringBuilder md = new StringBuilder("# Contract drift — run ").append(Markdown.code(report.runId()))
                .append("\n\n> **").append(Markdown.text(report.target().statement())).append("**\n\n");
        if (report.target().simulator()) {
            md.append("The simulator was built from the contract, so on the simulator these verdicts only show that"
                    + " both agree. Which inferred facts hold for Axys is known only after a staging run.\n\n");
        }
        md.append("Every part of the contract the public Axys docs do not state is marked `x-source: inferred`."
                        + " Each such fact gets a verdict from this run's recorded calls:\n\n## How the verdicts are"
                        + " made\n\n").append(report.rule()).append("\n\n");
        md.append(Markdown.header("Contradicted", "Confirmed", "Not exercised", "Outside the contract"))
                .append(Markdown.row(List.of(String.valueOf(report.count(FactStatus.CONTRADICTED)),
                        String.valueOf(report.count(FactStatus.CONFIRMED)),
                        String.valueOf(report.count(FactStatus.NOT_EXERCISED)),
                        String.valueOf(report.outsideContract().size()))));
        md.append(table("Contradicted: assumptions the target's answers refute",
                report.with(FactStatus.CONTRADICTED), "Violation (first)"));
        md.append(outside(report.outsideContract()));
        md.append(table("Confirmed", report.with(FactStatus.CONFIRMED), "Shown by"));
        List<DriftVerdict> notExercised = report.with(FactStatus.NOT_EXERCISED);
        md.append(table("Not exercised, though the operation was called",
                notExercised.stream().filter(DriftVerdict::called).toList(),
                "Why"));
        md.append(uncalled(notExercised.stream().filter(v -> !v.called()).toList()));
        return md.toString();
    }

    private static String table(String title, List<DriftVerdict> verdicts, String reasonTitle) {
        StringBuilder md = new StringBuilder("\n## ").append(title).append(" (").append(verdicts.size())
                .append(")\n\n");
        if (verdicts.isEmpty()) {
            return md.append("None.\n").toString();
        }
        md.append(Markdown.header("Fact", "What was assumed", reasonTitle, "Calls"));
        for (DriftVerdict v : verdicts) {
            md.append(Markdown.row(List.of(Markdown.code(v.factId()), Markdown.text(v.description()),
                    Markdown.text(v.reason()), v.calls().isEmpty() ? "—" : SummaryTables.seqs(v.calls(), 6))));
        }
        return md.toString();
    }

    private static String outside(List<OutsideContract> calls) {
        StringBuilder md = new StringBuilder("\n## Outside the contract (").append(calls.size()).append(")\n\n"
                + "Calls no operation serves, and answers with a status their operation does not list.\n\n");
        if (calls.isEmpty()) {
            return md.append("None.\n").toString();
        }
        md.append(Markdown.header("Call", "Request", "Status", "Violation"));
        for (OutsideContract c : calls) {
            md.append(Markdown.row(List.of("#" + c.seq(), Markdown.code(c.method() + " " + c.path()),
                    String.valueOf(c.status()), Markdown.text(c.violation()))));
        }
        return md.toString();
    }

    private static String uncalled(List<DriftVerdict> verdicts) {
        Map<String, Integer> perOperation = new TreeMap<>();
        verdicts.forEach(v -> perOperation.merge(v.operationId(), 1, Integer::sum));
        StringBuilder md = new StringBuilder("\n## Not exercised: operations not called (").append(verdicts.size())
                .append(" facts)\n\n");
        if (perOperation.isEmpty()) {
            return md.append("None.\n").toString();
        }
        md.append(Markdown.header("Operation", "Inferred facts left open"));
        perOperation.forEach((op, n) -> md.append(Markdown.row(List.of(Markdown.code(op), String.valueOf(n)))));
        return md.append("\nEach fact is listed in drift.json.\n").toString();
    }
}
