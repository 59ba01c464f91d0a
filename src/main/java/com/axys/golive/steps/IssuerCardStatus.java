package com.axys.golive.steps;

import com.axys.golive.ledger.StateNames;
/** The documented operational card status ({@code issuerCardStatus}), by the names the docs use. */
public enum IssuerCardStatus {
    PENDING(0),
    ACTIVE(1),
    ON_HOLD(2),
    CLOSED(3),
    NOT_ACTIVATED(4);

    private final int code;
    private final String label;

    IssuerCardStatus(int code) {
        this.code = code;
        this.label = StateNames.of("card", "issuerCardStatus", code).orElseThrow(); // the documented name, defined once
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static IssuerCardStatus named(String label) {
        return Labels.named(values(), IssuerCardStatus::label, label, "card status");
    }

    public static IssuerCardStatus of(int code) {
        return Labels.coded(values(), IssuerCardStatus::code, code, "issuerCardStatus");
    }

    @Override
    public String toString() {
        return label + " (" + code + ")";
    }
}
