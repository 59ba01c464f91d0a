package com.axys.golive.report;

import java.util.List;

/**
 * One checklist item in the coverage matrix: what the runbook asks, how the harness covers it, and what this run
 * showed, with references into the bundle.
 *
 * @param automation    automated, partly or manual
 * @param applicability null when it always applies, else the Program feature it needs
 * @param applies       false when that feature is not enabled (the result is then "not applicable")
 * @param signOff       blank sign-off fields for manual and partly automated items that apply, else null
 */
record CoverageRow(String id, int phase, String section, String text, String automation, String how,
                   String applicability, boolean applies, ItemResult result, ProvenOn provenOn,
                   List<ScenarioRun> scenarios, EvidenceRefs evidence, SignOff signOff) {

    CoverageRow {
        scenarios = List.copyOf(scenarios);
    }
}
