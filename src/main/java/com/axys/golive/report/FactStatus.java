package com.axys.golive.report;

import com.fasterxml.jackson.annotation.JsonValue;

/** What the run's calls say about one inferred fact of the contract (the drift report's status of a fact). */
enum FactStatus {
    /** A call of the operation answered in a way that contradicts the fact. Wins over any confirmation. */
    CONTRADICTED("contradicted"),
    /** At least one answer showed the fact's point and no violation named it. */
    CONFIRMED("confirmed"),
    /** No call showed the fact's point. */
    NOT_EXERCISED("not exercised");

    private final String label;

    FactStatus(String label) {
        this.label = label;
    }

    @JsonValue
    String label() {
        return label;
    }
}
