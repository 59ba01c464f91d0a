package com.axys.golive.report;

/**
 * One scenario that carries a checklist item's tag, and how it ended.
 *
 * @param line      its line in {@code scenarios.jsonl}
 * @param continues the earlier run whose entities it adopted ({@code golive run --continue}): the calls that made
 *                  them are in that run's bundle, not this one; null for a scenario run whole here
 */
record ScenarioRun(String name, String feature, String status, int line,
                   @com.fasterxml.jackson.annotation.JsonInclude(
                           com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) String continues) {

    ScenarioRun(String name, String feature, String status, int line) {
        this(name, feature, status, line, null);
    }

    static ScenarioRun of(ScenarioRecord record) {
        return new ScenarioRun(record.name(), record.feature(), record.status(), record.line(), record.continues());
    }
}
