package com.axys.golive.simulator.domain;

import java.time.Instant;
import java.util.List;

/** A card account's balances (decimal-implied integers): everything in the ledger, only cleared funds available. */
public record Balance(long cardId, long ledgerBalance, long availableBalance) {

    public static Balance of(long cardId, List<Deposit> deposits, Instant now) {
        long ledger = deposits.stream().mapToLong(Deposit::amount).sum();
        long available = deposits.stream().filter(deposit -> deposit.clearedAt(now)).mapToLong(Deposit::amount).sum();
        return new Balance(cardId, ledger, available);
    }
}
