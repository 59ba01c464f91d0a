package com.axys.golive.reconciliation;

/**
 * One wallet movement as GET /wallets/transactions last showed it: a bank deposit (no destination) or a transfer.
 * {@code amount} is decimal-implied.
 */
record WalletMovement(long seq, long transId, Long walletId, Long destinationType, Long destinationId, Long amount,
                      String description, Long transStatus, String dateCreated) {

    boolean toCard() {
        return destinationType != null && destinationType == 1;
    }
}
