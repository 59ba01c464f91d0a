package com.axys.golive.reconciliation;

/**
 * What the run saw of one card's money: its transactions and fees (sums of the API's amount strings, as decimal
 * numbers), the wallet transfers it received (decimal-implied, like balances) and its first and last balance read.
 */
record CardTotals(long cardId, int transactions, String transactionAmountTotal, int fees, String feeAmountTotal,
                  int walletTransfersIn, long walletTransferAmountTotal, int balanceReads, BalanceRead firstBalance,
                  BalanceRead lastBalance) {
}
