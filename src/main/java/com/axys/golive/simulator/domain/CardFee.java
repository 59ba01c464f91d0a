package com.axys.golive.simulator.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A fee charged on a card (FX, off-ramp, ATM, card fee), linked to its transaction by the shared {@code authRefNum}.
 * It moves the balances together with its transaction.
 *
 * @param amount         the fee, minor units
 * @param merchantAmount the purchase amount the fee was charged on, minor units
 * @param sequence       the order the simulator made it in, to break ties between equal timestamps
 */
public record CardFee(long sequence, long cardId, long cardholderId, String authRefNum, long amount,
                      long merchantAmount, String feeType, Instant createdAt, Instant clearsAt) {

    public CardFee {
        Objects.requireNonNull(authRefNum, "authRefNum");
        Objects.requireNonNull(feeType, "feeType");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(clearsAt, "clearsAt");
    }

    BalanceEntry entry() {
        return new BalanceEntry(-amount, clearsAt, createdAt);
    }
}
