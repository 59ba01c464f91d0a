package com.axys.golive.checklist;

/**
 * One phase of the runbook.
 *
 * @param phase 1-4
 * @param title e.g. {@code Staging completion}
 * @param intro the runbook's paragraph under the phase heading, or null when it has none
 */
public record ChecklistPhase(int phase, String title, String intro) {

    public ChecklistPhase {
        if (phase < 1 || phase > 4) {
            throw new IllegalArgumentException("phase " + phase + " does not exist; the runbook has phases 1-4");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("phase " + phase + " has no title; copy it from the runbook");
        }
    }
}
