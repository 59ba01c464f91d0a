package com.axys.golive.simulator.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One movement on a card account, signed (a credit is positive): it counts in {@code ledgerBalance} from
 * {@code inLedgerFrom} and in {@code availableBalance} from {@code availableFrom}. A bank deposit reaches the ledger
 * first and the available balance after clearing; a purchase holds the available balance at once and leaves the
 * ledger when it clears; a wallet transfer does both at once.
 */
public record BalanceEntry(long amount, Instant inLedgerFrom, Instant availableFrom) {

    public BalanceEntry {
        Objects.requireNonNull(inLedgerFrom, "inLedgerFrom");
        Objects.requireNonNull(availableFrom, "availableFrom");
    }

    long ledgerAt(Instant now) {
        return now.isBefore(inLedgerFrom) ? 0 : amount;
    }

    long availableAt(Instant now) {
        return now.isBefore(availableFrom) ? 0 : amount;
    }
}
