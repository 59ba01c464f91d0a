package com.axys.golive.simulator.domain;

import java.util.Arrays;
import java.util.Optional;

/** {@code issuerCardStatus}: the card's operational state (0-4). */
public enum IssuerCardStatus {
    PENDING(0, "Pending"),
    ACTIVE(1, "Active"),
    ON_HOLD(2, "On Hold"),
    CLOSED(3, "Closed"),
    NOT_ACTIVATED(4, "Not Activated");

    private final int code;
    private final String label;

    IssuerCardStatus(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    public static Optional<IssuerCardStatus> of(int code) {
        return Arrays.stream(values()).filter(status -> status.code == code).findFirst();
    }

    /** Whether PUT /cards/{id}/status may toggle it (only between 1 and 2). */
    public boolean toggleable() {
        return this == ACTIVE || this == ON_HOLD;
    }

    /** e.g. {@code 4 (Not Activated)}. */
    @Override
    public String toString() {
        return code + " (" + label + ")";
    }
}
