package com.axys.golive.report;

import com.axys.golive.checklist.ChecklistPhase;
import java.util.List;

/** How the items of one runbook phase came out in this run. */
record PhaseTally(int phase, String title, long items, long passed, long failed, long pending,
                  long incomplete, long notRun,
                  long manual, long notApplicable) {

    static List<PhaseTally> of(List<ChecklistPhase> phases, List<CoverageRow> rows) {
        return phases.stream().map(p -> of(p, rows.stream().filter(r -> r.phase() == p.phase()).toList())).toList();
    }

    private static PhaseTally of(ChecklistPhase phase, List<CoverageRow> rows) {
        return new PhaseTally(phase.phase(), phase.title(), rows.size(), count(rows, ItemResult.PASSED),
                count(rows, ItemResult.FAILED), count(rows, ItemResult.PENDING), count(rows, ItemResult.INCOMPLETE), count(rows, ItemResult.NOT_RUN),
                count(rows, ItemResult.MANUAL), count(rows, ItemResult.NOT_APPLICABLE));
    }

    private static long count(List<CoverageRow> rows, ItemResult result) {
        return rows.stream().filter(r -> r.result() == result).count();
    }
}
