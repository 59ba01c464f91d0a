package com.axys.golive.reconciliation;

import java.util.List;

/**
 * The purchases of one card the run made between two of its balance reads, and whether the available balance moved
 * by exactly their amounts plus their fees.
 *
 * @param purchases      the purchases (spend calls) between the two reads; for a card whose purchases the run only
 *                       listed, those it listed
 * @param purchaseTotal  the purchases' amounts in minor units (decimal-implied, like balances), or null when an
 *                       amount is not a number
 * @param feeTotal       their fees (by authRefNum) in minor units, or null when a fee amount is not a number
 * @param expectedChange {@code -(purchaseTotal + feeTotal)}, or null when not checkable
 * @param verdict        {@code matches}, {@code MISMATCH: …}, or {@code not checkable: …} (never "ok" without two reads)
 * @param flagged        true for a mismatch: a finding an auditor must review
 */
record PurchaseCheck(long cardId, BalanceRead balanceBefore, BalanceRead balanceAfter, List<Purchase> purchases,
                     Long purchaseTotal, Long feeTotal, Long ledgerChange, Long availableChange, Long expectedChange,
                     String verdict, boolean flagged) {

    PurchaseCheck {
        purchases = List.copyOf(purchases);
    }

    /** One purchase: the call that made it (or last listed it), its ids, amount string and fees' amount strings. */
    record Purchase(long seq, String transId, String authRefNum, String amount, Integer status, List<String> fees) {
        Purchase {
            fees = List.copyOf(fees);
        }
    }
}
