package com.axys.golive.steps;

import java.util.Arrays;

/** The documented operational card status ({@code issuerCardStatus}), by the names the docs use. */
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

    public String label() {
        return label;
    }

    public static IssuerCardStatus named(String label) {
        return Arrays.stream(values()).filter(s -> s.label.equalsIgnoreCase(label.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown card status '" + label + "'; known: "
                        + Arrays.stream(values()).map(IssuerCardStatus::label).toList()));
    }

    public static IssuerCardStatus of(int code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("undocumented issuerCardStatus " + code));
    }

    @Override
    public String toString() {
        return label + " (" + code + ")";
    }
}
