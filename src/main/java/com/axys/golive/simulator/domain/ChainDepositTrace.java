package com.axys.golive.simulator.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A trace made through the deprecated {@code POST /cards/{cardId}/deposit}: per the reference (8.30) it asserts that
 * an on-chain transfer is complete, puts the amount in {@code ledgerBalance}, and expires after 24 h if unverified.
 * The simulator watches no chain, so nothing ever verifies it: the amount is in the ledger for 24 h, never available,
 * and then leaves the ledger.
 */
record ChainDepositTrace(long cardId, long amount, Instant recordedAt) {

    /** How long an unverified blockchain trace stays in the ledger (documented). */
    static final Duration UNVERIFIED_LIFETIME = Duration.ofHours(24);

    ChainDepositTrace {
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (amount <= 0) {
            throw new IllegalArgumentException("a traced amount is positive, got " + amount);
        }
    }

    BalanceEntry entry() {
        return new BalanceEntry(amount, recordedAt, Instant.MAX, recordedAt.plus(UNVERIFIED_LIFETIME));
    }
}
