package com.axys.golive.simulator.domain;

/**
 * What a bank-deposit trace (POST /cards/{id}/bank-deposit, POST /wallets/{id}/bank-deposit) recorded. Every field
 * of a trace is optional (reference 8.20, 8.22): one that declares {@code transactionAmount} credits it (the card's
 * ledger, or the wallet's settled balance, at once; available after clearing); one without an amount is recorded
 * under its own {@code depositId} but moves no balance and lists no movement, because there is no declared amount to
 * credit and the simulator has no bank feed that could verify one.
 *
 * @param amount the declared amount, decimal-implied; {@code null} when the trace declared none
 */
public record BankTrace(long depositId, Long amount) {

    public boolean credited() {
        return amount != null;
    }
}
