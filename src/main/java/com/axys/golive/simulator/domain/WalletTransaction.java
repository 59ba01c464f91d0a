package com.axys.golive.simulator.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One wallet movement, the third reconciliation dataset: a bank deposit into a wallet, or a transfer out of one to
 * a wallet or a card. {@code transStatus} 1 means completed (the documented transfer answer carries 1); a bank
 * deposit is 0 (pending) until it clears. Immutable.
 *
 * @param walletId                the wallet deposited into, or the transfer's source wallet
 * @param depositId               the bank deposit's id, {@code null} for a transfer
 * @param destinationType         0 wallet, 1 card; {@code null} for a deposit
 * @param destinationId           the destination wallet or card; {@code null} for a deposit
 * @param destinationCardholderId the destination card's holder, {@code null} unless the destination is a card
 * @param amount                  minor units (decimal-implied)
 * @param listedFrom              when the movement starts to appear in GET /wallets/transactions (its money moves at
 *                                {@code createdAt} whatever this says); {@code createdAt} unless a listing lag is set
 */
public record WalletTransaction(long transId, long walletId, Long depositId, Integer destinationType,
                                Long destinationId, Long destinationCardholderId, long amount, String description,
                                int transStatus, Instant createdAt, Instant clearsAt, Instant listedFrom) {

    public static final int PENDING = 0;
    public static final int COMPLETED = 1;
    public static final int TO_WALLET = 0;
    public static final int TO_CARD = 1;

    public WalletTransaction {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(clearsAt, "clearsAt");
        Objects.requireNonNull(listedFrom, "listedFrom");
    }

    /** Whether GET /wallets/transactions shows it at {@code now}. */
    boolean listedAt(Instant now) {
        return !now.isBefore(listedFrom);
    }

    public boolean deposit() {
        return destinationType == null;
    }

    /** The destination card, {@code null} unless this is a transfer to a card. */
    public Long cardId() {
        return destinationType != null && destinationType == TO_CARD ? destinationId : null;
    }

    public boolean toCard(long cardId) {
        return destinationType != null && destinationType == TO_CARD && destinationId == cardId;
    }

    boolean toWallet(long id) {
        return destinationType != null && destinationType == TO_WALLET && destinationId == id;
    }

    /** As seen at {@code now}: a pending deposit completes once {@code clearsAt} is reached. */
    public WalletTransaction settledAt(Instant now) {
        if (transStatus != PENDING || now.isBefore(clearsAt)) {
            return this;
        }
        return new WalletTransaction(transId, walletId, depositId, destinationType, destinationId,
                destinationCardholderId, amount, description, COMPLETED, createdAt, clearsAt, listedFrom);
    }
}
