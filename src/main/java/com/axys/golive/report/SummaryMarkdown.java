package com.axys.golive.report;

import java.util.List;
import java.util.Map;

/** {@code summary.md}: the auditor's page in Markdown, the same sections as {@code summary.html}. */
final class SummaryMarkdown {

    private SummaryMarkdown() {
    }

    static String render(RunReport r) {
        RunFacts f = r.facts();
        StringBuilder md = new StringBuilder("# Axys go-live evidence — run ").append(Markdown.code(f.runId()))
                .append("\n\n> **").append(Markdown.text(r.target().statement())).append("**\n\n");
        md.append("## What ran, where and when\n\n").append(Markdown.header("", ""));
        List.of(List.of("Target", Markdown.text(f.targetName())), List.of("Base URL", Markdown.code(f.baseUrl())),
                List.of("Program features", f.programFeatures().isEmpty() ? "none"
                        : Markdown.text(String.join(", ", f.sortedFeatures()))),
                List.of("Started", f.startedAt().toString()), List.of("Ended", f.endedAt().toString()),
                List.of("Duration", r.duration()), List.of("Tool version", Markdown.text(f.toolVersion())))
                .forEach(row -> md.append(Markdown.row(row)));
        md.append("\n## Client certificate\n\n");
        CertificateFacts c = f.certificate();
        if (c == null) {
            md.append("No client certificate was recorded for this run.\n");
        } else {
            md.append(Markdown.header("", "")).append(Markdown.row(List.of("Subject", Markdown.text(c.subject()))))
                    .append(Markdown.row(List.of("Issuer", Markdown.text(c.issuer()))))
                    .append(Markdown.row(List.of("SHA-256 fingerprint", Markdown.code(c.sha256Fingerprint()))))
                    .append(Markdown.row(List.of("Valid", c.notBefore() + " to " + c.notAfter())))
                    .append(Markdown.row(List.of("Days left", String.valueOf(c.daysLeft()))));
        }
        ScenarioTally s = r.scenarios();
        md.append("\n## Verdict: ").append(r.verdict()).append("\n\n").append(s.counts()).append(". ").append(r.bundle().calls().size()).append(" calls, ").append(r.violatingCalls())
                .append(" with a contract violation.\n");
        if (!s.failures().isEmpty()) {
            md.append("\n### Failures\n\n").append(Markdown.header("Scenario", "Feature", "Message (redacted)"));
            s.failures().forEach(x -> md.append(Markdown.row(List.of(Markdown.text(x.name()),
                    Markdown.code(x.feature()), Markdown.text(x.failure())))));
        }
        if (!r.reconciliationFindings().isEmpty()) {
            md.append("\n### Reconciliation findings\n\n").append(r.reconciliationFindings().size())
                    .append(" item(s) the reconciliation flagged for review (details: [reconciliation.md]"
                            + "(reconciliation.md)):\n\n");
            r.reconciliationFindings().forEach(flag -> md.append("- ").append(Markdown.text(flag)).append("\n"));
        }
        md.append("\n## Call volume per endpoint\n\n").append(Markdown.header("Operation", "Endpoint", "Calls",
                "Status codes"));
        r.volume().forEach(v -> md.append(Markdown.row(List.of(Markdown.code(v.operationId()),
                Markdown.code(v.endpoint()), String.valueOf(v.count()), mix(v.statuses())))));
        md.append("\n## Status code mix\n\n").append(Markdown.header("Status", "Calls"));
        r.statusMix().forEach((status, n) -> md.append(Markdown.row(List.of(EndpointVolume.statusLabel(status),
                String.valueOf(n)))));
        md.append(EvidenceTablesMarkdown.transitions(r.bundle().transitions()));
        md.append(EvidenceTablesMarkdown.errors(r.bundle().errors()));
        md.append("\n## Checklist coverage\n\n").append(SummaryTables.phases(r.coverage().phases()))
                .append("\nEvery item, its scenarios, evidence and the sign-off blocks: [coverage.md](coverage.md)"
                        + " (machine-readable: coverage.json).\n");
        DriftReport d = r.drift();
        md.append("\n## Contract drift\n\n").append(d.count(FactStatus.CONTRADICTED)).append(" inferred facts"
                + " contradicted, ").append(d.count(FactStatus.CONFIRMED)).append(" confirmed")
                .append(r.target().confirmedOn()).append(", ")
                .append(d.count(FactStatus.NOT_EXERCISED)).append(" not exercised; ").append(d.outsideContract().size())
                .append(" calls outside the contract. Details and the matching rule: [drift.md](drift.md).\n");
        md.append("\n## How to verify this pack\n\n");
        for (int i = 0; i < VerifyText.STEPS.size(); i++) {
            md.append(i + 1).append(". ").append(VerifyText.STEPS.get(i)).append("\n");
        }
        return md.toString();
    }

    static String mix(Map<Integer, Long> statuses) {
        StringBuilder out = new StringBuilder();
        statuses.forEach((status, n) -> out.append(out.length() == 0 ? "" : ", ")
                .append(EndpointVolume.statusLabel(status)).append(" × ").append(n));
        return out.toString();
    }
}
