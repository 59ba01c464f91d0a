package com.axys.golive.reconciliation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole of {@code reconciliation.json}: what was reconciled and how, each dataset, the totals per card, and
 * every item flagged for an auditor's attention.
 *
 * @param moneyCalls the run's calls of the money operations (spend and fee lists, wallets, transfers, deposits)
 * @param rules      how each match is made, in words
 * @param purchaseChecks per card, the purchases between two balance reads against the available balance
 */
record Reconciliation(String runId, String statement, int moneyCalls, Map<String, String> rules, Summary summary,
                      List<TransactionLine> transactions, List<FeeLine> feesWithoutTransaction,
                      List<TransferCheck> walletTransfers, List<PurchaseCheck> purchaseChecks,
                      List<WalletMovement> walletMovements,
                      List<CardTotals> cards, List<String> flags) {

    Reconciliation {
        rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        transactions = List.copyOf(transactions);
        feesWithoutTransaction = List.copyOf(feesWithoutTransaction);
        walletTransfers = List.copyOf(walletTransfers);
        purchaseChecks = List.copyOf(purchaseChecks);
        walletMovements = List.copyOf(walletMovements);
        cards = List.copyOf(cards);
        flags = List.copyOf(flags);
    }

    /** The counts an auditor reads first. */
    record Summary(int transactions, int fees, int feesMatched, int feesWithoutTransaction, int walletTransfers,
                   int walletTransfersMatched, int walletTransfersFlagged, int purchaseChecks,
                   int purchaseChecksMatched, int purchaseChecksFlagged, int purchaseChecksNotCheckable,
                   int walletMovements, int cards, int flagged) {
    }
}
