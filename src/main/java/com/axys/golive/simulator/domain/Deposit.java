package com.axys.golive.simulator.domain;

import java.time.Instant;
import java.util.Objects;

/** A bank-deposit trace credited to a card: in the ledger at once, available once {@code clearsAt} is reached. */
public record Deposit(long depositId, long cardId, long amount, Instant recordedAt, Instant clearsAt) {
    public Deposit {
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(clearsAt, "clearsAt");
        if (amount <= 0) {
            throw new IllegalArgumentException("a deposit amount is positive, got " + amount);
        }
    }

    public boolean clearedAt(Instant now) {
        return !now.isBefore(clearsAt);
    }

    /** The deposit as a credit: in the ledger when recorded, available when cleared. */
    BalanceEntry entry() {
        return new BalanceEntry(amount, recordedAt, clearsAt);
    }
}
