package com.axys.golive.reconciliation;

/**
 * One fee as the run saw it (GET /cards/fees, or the fees a staging spend answered with). Amounts are the API's
 * strings, as written.
 *
 * @param seq the first call that showed it
 */
record FeeLine(long seq, Long cardId, String authRefNum, String amount, String merchantAmount, String feeType,
               String dateCreated) {

    /** Two sightings of one fee agree on everything but the call that showed them. */
    String identity() {
        return cardId + "|" + authRefNum + "|" + amount + "|" + merchantAmount + "|" + feeType + "|" + dateCreated;
    }
}
