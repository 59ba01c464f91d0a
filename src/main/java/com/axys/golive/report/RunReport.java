package com.axys.golive.report;

import java.time.Duration;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** Everything the auditor's page shows, computed once from the bundle and shared by its Markdown and HTML forms. */
record RunReport(RunFacts facts, RunTarget target, Bundle bundle, ScenarioTally scenarios, CoverageReport coverage,
                 DriftReport drift, List<EndpointVolume> volume, SortedMap<Integer, Long> statusMix,
                 List<String> reconciliationFindings) {

    RunReport {
        volume = List.copyOf(volume);
        statusMix = new TreeMap<>(statusMix);
        reconciliationFindings = List.copyOf(reconciliationFindings);
    }

    /**
     * The page's verdict: the scenarios' ({@link ScenarioTally#verdict()}), except that a reconciliation finding can
     * never sit under a clean one: PASSED becomes RECONCILIATION FINDINGS, and any other verdict names them too.
     */
    String verdict() {
        String scenarioVerdict = scenarios.verdict();
        if (reconciliationFindings.isEmpty()) {
            return scenarioVerdict;
        }
        return scenarioVerdict.equals("PASSED") || scenarioVerdict.equals("NOTHING PASSED")
                ? "RECONCILIATION FINDINGS" : scenarioVerdict + " + RECONCILIATION FINDINGS";
    }

    long violatingCalls() {
        return bundle.calls().stream().filter(c -> c.contractResult().equals("fail")).count();
    }

    /** {@code 7 min 36 s}, {@code 2.3 s}. */
    String duration() {
        Duration d = Duration.between(facts.startedAt(), facts.endedAt());
        if (d.toMinutes() == 0) {
            return String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
        }
        return (d.toHours() > 0 ? d.toHours() + " h " : "") + d.toMinutesPart() + " min " + d.toSecondsPart() + " s";
    }
}
