package com.axys.golive.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * {@code coverage.json}: every checklist item against this run, and every contract operation x listed status.
 *
 * @param phases           per phase: how many items passed, failed, were not run, are manual or not applicable
 * @param items            every checklist item of all four phases, in runbook order
 * @param contractCoverage every operation x every status it lists, exercised or not
 * @param shard            the part of a split run ({@code golive run --shard}) this run was; absent for a whole run
 * @param signOffs         every sign-off recorded in the bundle since the run ({@code golive evidence sign-off}),
 *                         oldest first; absent when none
 */
record CoverageReport(String runId, RunTarget target, List<String> programFeatures, List<PhaseTally> phases,
                      List<CoverageRow> items, List<StatusCoverage> contractCoverage,
                      @JsonInclude(JsonInclude.Include.NON_NULL) Bundle.Split shard,
                      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CoverageAmendment.SignOffRecord> signOffs) {

    CoverageReport {
        programFeatures = List.copyOf(programFeatures);
        phases = List.copyOf(phases);
        items = List.copyOf(items);
        contractCoverage = List.copyOf(contractCoverage);
        signOffs = signOffs == null ? List.of() : List.copyOf(signOffs);
    }

    CoverageReport(String runId, RunTarget target, List<String> programFeatures, List<PhaseTally> phases,
                   List<CoverageRow> items, List<StatusCoverage> contractCoverage, Bundle.Split shard) {
        this(runId, target, programFeatures, phases, items, contractCoverage, shard, List.of());
    }
}
