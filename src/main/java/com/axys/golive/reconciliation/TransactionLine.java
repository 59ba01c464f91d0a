package com.axys.golive.reconciliation;

import java.util.List;

/**
 * One card transaction as the run last saw it, with the fees that share its {@code authRefNum}.
 *
 * @param seq     the last call that showed it (its status is the one seen there)
 * @param sources where it was seen: {@code list} (GET /cards/transactions), {@code staging-spend} (the simulation
 *                that made it)
 */
record TransactionLine(long seq, Long cardId, String transId, String authRefNum, String amount, Integer status,
                       String dateCreated, List<String> sources, List<FeeLine> fees) {

    TransactionLine {
        sources = List.copyOf(sources);
        fees = List.copyOf(fees);
    }
}
