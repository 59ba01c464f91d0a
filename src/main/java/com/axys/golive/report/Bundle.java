package com.axys.golive.report;

import java.util.List;

/**
 * The record streams of one evidence bundle, as read back from disk, in file order, and the scenarios the run's
 * selection left out that still belong to the proof of their checklist items ({@code selection.json}; empty for a
 * bundle without one).
 */
record Bundle(List<CallRecord> calls, List<ScenarioRecord> scenarios, List<TransitionRecord> transitions,
              List<ErrorRecord> errors, List<LeftOut> leftOut, Split split) {

    /**
     * The part of a run split over machines ({@code golive run --shard}) this bundle holds: {@code part} is
     * {@code I/N}, {@code selection} the tag expression every part selected from.
     */
    record Split(String part, String selection) { }

    /** A scenario the run did not run although it proves part of {@code checklist} on this target. */
    record LeftOut(String name, String feature, List<String> checklist, String reason) {
        LeftOut {
            checklist = List.copyOf(checklist);
        }
    }

    Bundle {
        calls = List.copyOf(calls);
        scenarios = List.copyOf(scenarios);
        transitions = List.copyOf(transitions);
        errors = List.copyOf(errors);
        leftOut = List.copyOf(leftOut);
    }

    Bundle(List<CallRecord> calls, List<ScenarioRecord> scenarios, List<TransitionRecord> transitions,
           List<ErrorRecord> errors, List<LeftOut> leftOut) {
        this(calls, scenarios, transitions, errors, leftOut, null);
    }

    Bundle(List<CallRecord> calls, List<ScenarioRecord> scenarios, List<TransitionRecord> transitions,
           List<ErrorRecord> errors) {
        this(calls, scenarios, transitions, errors, List.of());
    }
}
