package com.axys.golive.runner;

import java.util.Objects;
import java.util.stream.Collectors;

/** One failed scenario: its name ("Feature › Scenario") and its failure message, already redacted. */
public record ScenarioFailure(String scenario, String message) {

    public ScenarioFailure {
        Objects.requireNonNull(scenario, "scenario");
        message = message == null || message.isBlank() ? "(no message)" : message;
    }

    /**
     * The failure on one line for a run's closing list: the message's lines joined, so an assertion's
     * {@code expected: 422 / but was: 401} stays in view, cut with an ellipsis past {@code max} characters.
     */
    public String oneLine(int max) {
        String joined = scenario + ": " + message.lines().map(String::strip).filter(l -> !l.isEmpty())
                .collect(Collectors.joining(" "));
        return joined.length() <= max ? joined : joined.substring(0, Math.max(1, max - 1)) + "…";
    }

    @Override
    public String toString() {
        return scenario + ": " + message;
    }
}
