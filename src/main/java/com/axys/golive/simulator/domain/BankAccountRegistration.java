package com.axys.golive.simulator.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A sending bank account registered for a cardholder: pending until the cardholder replies to Axys's SMS, which no
 * API call can do (so the simulator never confirms one). {@code toString} does not show the account number.
 */
public record BankAccountRegistration(long depositId, long cardholderId, String senderAccountName,
                                      String senderAccountNumber, String senderRoutingNumber, Instant registeredAt) {

    public BankAccountRegistration {
        Objects.requireNonNull(senderAccountName, "senderAccountName");
        Objects.requireNonNull(senderAccountNumber, "senderAccountNumber");
        Objects.requireNonNull(senderRoutingNumber, "senderRoutingNumber");
        Objects.requireNonNull(registeredAt, "registeredAt");
    }

    @Override
    public String toString() {
        return "BankAccountRegistration[" + depositId + ", cardholder " + cardholderId + ", pending]";
    }
}
