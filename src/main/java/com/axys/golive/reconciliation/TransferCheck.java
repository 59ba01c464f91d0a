package com.axys.golive.reconciliation;

import java.util.List;

/**
 * One wallet transfer of the run (its POSTs grouped by the reference in their description), the transfers it is
 * known to have made, and, for a transfer to a card, the card's balances read just before and just after it.
 *
 * @param posts          every POST /wallets/transfer of this reference: call seq and status (-1: no answer)
 * @param transIds       the transfers made: from a 2xx answer, or found in the wallet's movements by reference
 * @param expectedChange the balance change the transfers made should cause ({@code amount} × made), or null when
 *                       it is unknown whether the transfer was made
 * @param verdict        {@code matches}, or what does not, or why it could not be checked
 * @param flagged        true when an auditor should look: a mismatch, a transfer made twice, an unknown outcome
 */
record TransferCheck(String reference, Long sourceWalletId, Long destinationType, Long destinationId, Long amount,
                     List<Post> posts, List<Long> transIds, BalanceRead balanceBefore, BalanceRead balanceAfter,
                     Long ledgerChange, Long availableChange, Long expectedChange, String verdict, boolean flagged) {

    TransferCheck {
        posts = List.copyOf(posts);
        transIds = List.copyOf(transIds);
    }

    /** One POST of the transfer. */
    record Post(long seq, int status, String scenario) {
    }
}
