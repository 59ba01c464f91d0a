package com.axys.golive.steps;

/** The documented cardholder status model, by the names the docs use. */
public enum CardholderStatus {
    PENDING(0, "Pending"),
    APPROVED(1, "Approved"),
    COMPLIANCE_DECLINE(2, "Compliance Decline"),
    UNDER_REVIEW(3, "Under Review"),
    DRAFT(4, "Draft"),
    DELETED(5, "Deleted"),
    ERROR(6, "Error"),
    ADMIN_DECLINE(7, "Admin Decline");

    private final int code;
    private final String label;

    CardholderStatus(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static CardholderStatus named(String label) {
        return Labels.named(values(), CardholderStatus::label, label, "cardholder status");
    }

    public static CardholderStatus of(int code) {
        return Labels.coded(values(), CardholderStatus::code, code, "cardholder status");
    }

    @Override
    public String toString() {
        return label + " (" + code + ")";
    }
}
