package com.axys.golive.report;

import java.util.List;

/** The four record streams of one evidence bundle, as read back from disk, in file order. */
record Bundle(List<CallRecord> calls, List<ScenarioRecord> scenarios, List<TransitionRecord> transitions,
              List<ErrorRecord> errors) {

    Bundle {
        calls = List.copyOf(calls);
        scenarios = List.copyOf(scenarios);
        transitions = List.copyOf(transitions);
        errors = List.copyOf(errors);
    }
}
