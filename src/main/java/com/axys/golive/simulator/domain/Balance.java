package com.axys.golive.simulator.domain;

import java.time.Instant;
import java.util.List;

/** A card account's balances (decimal-implied integers): everything in the ledger, only cleared funds available. */
public record Balance(long cardId, long ledgerBalance, long availableBalance) {

    public static Balance of(long cardId, List<BalanceEntry> entries, Instant now) {
        long ledger = entries.stream().mapToLong(entry -> entry.ledgerAt(now)).sum();
        long available = entries.stream().mapToLong(entry -> entry.availableAt(now)).sum();
        return new Balance(cardId, ledger, available);
    }
}
