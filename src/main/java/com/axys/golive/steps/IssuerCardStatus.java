package com.axys.golive.steps;

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
