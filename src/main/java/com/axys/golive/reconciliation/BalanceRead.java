package com.axys.golive.reconciliation;

/** One successful GET /cards/{cardId}/balance: the call it came from and the two balances, decimal-implied. */
record BalanceRead(long seq, long cardId, long ledgerBalance, long availableBalance) {
}
