package com.axys.golive.simulator.domain;

import java.util.Arrays;
import java.util.Optional;

/** The documented cardholder status model (integer codes 0-7). */
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

    public static Optional<CardholderStatus> of(int code) {
        return Arrays.stream(values()).filter(status -> status.code == code).findFirst();
    }

    /** Whether PUT /cardholders/{id} may change personal details (2, 4, 6, 7; locked in 0, 1, 3, and 5). */
    public boolean editable() {
        return this == COMPLIANCE_DECLINE || this == DRAFT || this == ERROR || this == ADMIN_DECLINE;
    }

    /** Whether kyc-submit is accepted: the first submission from 4, or a re-submission from 2, 6 or 7. */
    public boolean submittable() {
        return editable();
    }

    /** Whether a review can end in this status (1 pass, 2 fail, 6 error, 7 admin decline). */
    public boolean reviewOutcome() {
        return this == APPROVED || this == COMPLIANCE_DECLINE || this == ERROR || this == ADMIN_DECLINE;
    }

    /** e.g. {@code 3 (Under Review)}. */
    @Override
    public String toString() {
        return code + " (" + label + ")";
    }
}
