package com.axys.golive.simulator.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A card spend event: authorised Pending (1), Cleared (2) once {@link #CLEARING_DELAY} has passed on the virtual
 * clock. Its amount holds the available balance at once and leaves the ledger balance when it clears. Immutable.
 *
 * @param transId    a string in the Transaction object (an integer in the transfer response: the docs differ)
 * @param amount     minor units (rendered as decimal text, "12.50")
 * @param sequence   the order the simulator made it in, to break ties between equal timestamps
 */
public record CardTransaction(long sequence, String transId, long cardId, long cardholderId, String authRefNum,
                              long amount, String description, TransactionStatus status, Instant createdAt,
                              Instant clearsAt) {

    /** How long a purchase stays Pending: a day, the usual authorisation-to-clearing gap for card spend. */
    public static final Duration CLEARING_DELAY = Duration.ofHours(24);

    public CardTransaction {
        Objects.requireNonNull(transId, "transId");
        Objects.requireNonNull(authRefNum, "authRefNum");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(clearsAt, "clearsAt");
    }

    /** This transaction as seen at {@code now}: Pending turns Cleared once {@code clearsAt} is reached. */
    public CardTransaction settledAt(Instant now) {
        if (status != TransactionStatus.PENDING || now.isBefore(clearsAt)) {
            return this;
        }
        return new CardTransaction(sequence, transId, cardId, cardholderId, authRefNum, amount, description,
                TransactionStatus.CLEARED, createdAt, clearsAt);
    }

    /** The purchase as a debit: held from the available balance at once, out of the ledger when it clears. */
    BalanceEntry entry() {
        return new BalanceEntry(-amount, clearsAt, createdAt);
    }
}
