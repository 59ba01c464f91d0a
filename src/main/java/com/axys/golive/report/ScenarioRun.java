package com.axys.golive.report;

/**
 * One scenario that carries a checklist item's tag, and how it ended.
 *
 * @param line its line in {@code scenarios.jsonl}
 */
record ScenarioRun(String name, String feature, String status, int line) {

    static ScenarioRun of(ScenarioRecord record) {
        return new ScenarioRun(record.name(), record.feature(), record.status(), record.line());
    }
}
