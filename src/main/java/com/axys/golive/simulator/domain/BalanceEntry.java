package com.axys.golive.simulator.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One movement on a card account, signed (a credit is positive): it counts in {@code ledgerBalance} from
 * {@code inLedgerFrom} and in {@code availableBalance} from {@code availableFrom}. A bank deposit reaches the ledger
 * first and the available balance after clearing; a purchase holds the available balance at once and leaves the
 * ledger when it clears; a wallet transfer does both at once. A deprecated blockchain trace is in the ledger only
 * until {@code inLedgerUntil} (it expires unverified) and never available.
 */
public record BalanceEntry(long amount, Instant inLedgerFrom, Instant availableFrom, Instant inLedgerUntil) {

    public BalanceEntry {
        Objects.requireNonNull(inLedgerFrom, "inLedgerFrom");
        Objects.requireNonNull(availableFrom, "availableFrom");
    }

    /** A movement that stays in the ledger once there ({@code inLedgerUntil} {@code null}). */
    public BalanceEntry(long amount, Instant inLedgerFrom, Instant availableFrom) {
        this(amount, inLedgerFrom, availableFrom, null);
    }

    long ledgerAt(Instant now) {
        return now.isBefore(inLedgerFrom) || (inLedgerUntil != null && !now.isBefore(inLedgerUntil)) ? 0 : amount;
    }

    long availableAt(Instant now) {
        return now.isBefore(availableFrom) ? 0 : amount;
    }
}
