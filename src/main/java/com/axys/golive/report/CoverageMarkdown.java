package com.axys.golive.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** {@code coverage.md}: the coverage matrix per phase, the sign-off blocks, and the contract coverage view. */
final class CoverageMarkdown {

    private CoverageMarkdown() {
    }

    static String render(CoverageReport report) {
        StringBuilder md = new StringBuilder();
        md.append("# Checklist coverage — run ").append(Markdown.code(report.runId())).append("\n\n");
        md.append("> **").append(Markdown.text(report.target().statement())).append("**\n\n");
        md.append("Target: ").append(Markdown.text(report.target().name())).append(" (")
                .append(Markdown.code(report.target().baseUrl())).append(") · Program features: ")
                .append(report.programFeatures().isEmpty() ? "none"
                        : report.programFeatures().stream().map(Markdown::code).collect(Collectors.joining(", ")))
                .append("\n\nEvery item of the Program Launch Checklist, all four phases. A result comes from the"
                        + " scenarios tagged `@checklist:<id>` in `scenarios.jsonl`; evidence refers to call seq"
                        + " numbers in `calls.jsonl` and line numbers in `transitions.jsonl` and `errors.jsonl`. An"
                        + " item is *passed* when at least one scenario carries it and all of them passed.\n\n");
        if (report.shard() != null) {
            md.append("> This run is shard ").append(Markdown.code(report.shard().part())).append(" of a run split"
                    + " over machines (`golive run --shard`): scenarios the other shards ran show as *not run* here."
                    + " Packed with the other shards (`golive evidence pack`), the campaign coverage decides each item"
                    + " from all of them.\n\n");
        }
        md.append(SummaryTables.phases(report.phases()));
        for (PhaseTally phase : report.phases()) {
            md.append("\n## Phase ").append(phase.phase()).append(" — ").append(Markdown.text(phase.title()))
                    .append("\n\n");
            md.append(Markdown.header("Item", "Runbook line", "Automation", "Applies", "Result", "Simulator",
                    "Staging", "Scenarios", "Evidence"));
            report.items().stream().filter(r -> r.phase() == phase.phase()).forEach(r -> md.append(row(r)));
        }
        md.append(signOffs(report.items()));
        md.append(recorded(report.signOffs()));
        md.append(contract(report.contractCoverage()));
        return md.toString();
    }

    private static String row(CoverageRow r) {
        String applies = r.applicability() == null ? "always"
                : (r.applies() ? "yes" : "no") + " (needs " + Markdown.code(r.applicability()) + ")";
        String scenarios = r.scenarios().stream()
                .map(s -> Markdown.text(s.status()) + ": " + Markdown.text(s.name())
                        + (s.continues() == null ? "" : " (continues " + Markdown.code(s.continues())
                        + ": what it adopted was made there)"))
                .collect(Collectors.joining("; "));
        return Markdown.row(List.of(Markdown.code(r.id()), Markdown.text(r.text()), Markdown.text(r.automation()),
                applies, "**" + Markdown.text(r.result().label()) + "**", r.provenOn().simulator() ? "proven" : "—",
                r.provenOn().staging() ? "proven" : "—", scenarios.isEmpty() ? "—" : scenarios,
                evidence(r.evidence())));
    }

    static String evidence(EvidenceRefs refs) {
        if (refs.isEmpty()) {
            return "—";
        }
        List<String> parts = new ArrayList<>();
        if (!refs.calls().isEmpty()) {
            parts.add("calls " + SummaryTables.seqs(refs.calls(), 12));
        }
        if (!refs.transitionLines().isEmpty()) {
            parts.add("transitions.jsonl lines " + SummaryTables.numbers(refs.transitionLines(), 12));
        }
        if (!refs.errorLines().isEmpty()) {
            parts.add("errors.jsonl lines " + SummaryTables.numbers(refs.errorLines(), 12));
        }
        return String.join("; ", parts);
    }

    private static String signOffs(List<CoverageRow> rows) {
        StringBuilder md = new StringBuilder("\n## Sign-off: manual and partly automated items\n\n"
                + "The harness cannot prove these (or proves only part of them). A responsible person fills in each"
                + " block; the evidence reference names the document, ticket or screenshot that shows it.\n");
        for (CoverageRow r : rows) {
            if (r.signOff() == null) {
                continue;
            }
            md.append("\n### ").append(Markdown.code(r.id())).append(" — ").append(Markdown.text(r.section()))
                    .append("\n\n> ").append(Markdown.text(r.text())).append("\n\n");
            if (r.how() != null) {
                md.append("The harness (").append(Markdown.text(r.automation())).append("): ")
                        .append(Markdown.text(r.how())).append(". Its part in this run: **")
                        .append(Markdown.text(r.result().label())).append("**.\n\n");
            }
            SignOff s = r.signOff();
            if (s.name().isEmpty()) {
                md.append("- Name: ______________________\n- Date: ______________________\n"
                        + "- Evidence reference: ______________________\n");
            } else {
                md.append("- Name: ").append(Markdown.text(s.name())).append("\n- Date: ")
                        .append(Markdown.text(s.date())).append("\n- Evidence reference: ")
                        .append(Markdown.text(s.evidenceReference()))
                        .append("\n- Signed off with `golive evidence sign-off` (`signoffs.jsonl`)\n");
            }
        }
        return md.toString();
    }

    private static String recorded(List<CoverageAmendment.SignOffRecord> signOffs) {
        if (signOffs.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("\n## Sign-offs recorded\n\nRecorded with `golive evidence sign-off`,"
                + " oldest first, each a chained line of `signoffs.jsonl`. A sign-off is a person's statement: the"
                + " item's result stays the run's.\n\n").append(Markdown.header("Item", "By", "Reference", "At"));
        signOffs.forEach(s -> md.append(Markdown.row(List.of(Markdown.code(s.item()), Markdown.text(s.by()),
                Markdown.text(s.ref()), Markdown.text(s.at())))));
        return md.toString();
    }

    private static String contract(List<StatusCoverage> cells) {
        long exercised = cells.stream().filter(StatusCoverage::exercised).count();
        StringBuilder md = new StringBuilder("\n## Contract coverage\n\n").append(exercised).append(" of ")
                .append(cells.size()).append(" operation x status pairs of the contract were answered in this run."
                        + " x-source says whether the Axys docs state the status (documented) or the harness assumed"
                        + " it (inferred; see drift.md).\n\n");
        md.append(Markdown.header("Operation", "Endpoint", "Deprecated", "Status", "x-source", "Exercised",
                "Calls"));
        for (StatusCoverage c : cells) {
            md.append(Markdown.row(List.of(Markdown.code(c.operationId()),
                    Markdown.code(c.method() + " " + c.pathTemplate()), c.deprecated() ? "deprecated" : "",
                    String.valueOf(c.status()), Markdown.text(c.source()),
                    c.exercised() ? "yes (" + c.count() + ")" : "no",
                    c.exercised() ? SummaryTables.seqs(c.calls(), 8) : "—")));
        }
        return md.toString();
    }
}
