package com.axys.golive.report;

import java.util.List;

/**
 * Where in the bundle the records behind a checklist item are: call seq numbers ({@code calls.jsonl}), and line
 * numbers in {@code transitions.jsonl} and {@code errors.jsonl}.
 */
record EvidenceRefs(List<Long> calls, List<Integer> transitionLines, List<Integer> errorLines) {

    EvidenceRefs {
        calls = List.copyOf(calls);
        transitionLines = List.copyOf(transitionLines);
        errorLines = List.copyOf(errorLines);
    }

    boolean isEmpty() {
        return calls.isEmpty() && transitionLines.isEmpty() && errorLines.isEmpty();
    }
}
