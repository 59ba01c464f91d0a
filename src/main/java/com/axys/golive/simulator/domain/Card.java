package com.axys.golive.simulator.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A card as the simulated Program holds it. Immutable: every change makes a new instance.
 *
 * <p>The limit follows the documented cascade "cardholder &ge; card; an unset level inherits its parent's":
 * {@code ownTransactionLimit} is what was set on the card (at issuance or by PUT /cards/{id}/update), {@code null}
 * when never set; {@code transactionLimit} is the limit the card has, resolved against the cardholder's
 * <em>current</em> limit by the store whenever the card is read ({@link #resolvedAgainst}): the cardholder's limit
 * when the card has none of its own, else its own, capped at the cardholder's.
 *
 * @param alias               the integrator's display label, {@code null} when never set
 * @param ownTransactionLimit the card's own limit, decimal-implied; {@code null} when it inherits the cardholder's
 * @param transactionLimit    the card's limit in effect (what GET /cards/{id} reports)
 * @param designSlot          the physical card's design slot ({@code cardType}, 0-5); {@code null} for a virtual card
 */
public record Card(long cardId, long cardholderId, CardKind kind, CardStatus cardStatus,
                   IssuerCardStatus issuerCardStatus, String nameOnCard, String alias, Long ownTransactionLimit,
                   long transactionLimit, Integer designSlot, CardContact contact, CardSecrets secrets,
                   List<CryptoAddress> cryptoAddresses, Instant createdAt) {

    public Card {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cardStatus, "cardStatus");
        Objects.requireNonNull(issuerCardStatus, "issuerCardStatus");
        Objects.requireNonNull(nameOnCard, "nameOnCard");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(secrets, "secrets");
        Objects.requireNonNull(createdAt, "createdAt");
        cryptoAddresses = List.copyOf(cryptoAddresses);
    }

    public Card withIssuerCardStatus(IssuerCardStatus status) {
        return new Card(cardId, cardholderId, kind, cardStatus, status, nameOnCard, alias, ownTransactionLimit,
                transactionLimit, designSlot, contact, secrets, cryptoAddresses, createdAt);
    }

    public Card withSecrets(CardSecrets newSecrets) {
        return new Card(cardId, cardholderId, kind, cardStatus, issuerCardStatus, nameOnCard, alias,
                ownTransactionLimit, transactionLimit, designSlot, contact, newSecrets, cryptoAddresses, createdAt);
    }

    /** New settings; {@code newOwnLimit} {@code null} keeps inheriting the cardholder's limit. */
    public Card withSettings(String newAlias, Long newOwnLimit, CardContact newContact, long cardholderLimit) {
        return new Card(cardId, cardholderId, kind, cardStatus, issuerCardStatus, nameOnCard, newAlias, newOwnLimit,
                transactionLimit, designSlot, newContact, secrets, cryptoAddresses, createdAt)
                .resolvedAgainst(cardholderLimit);
    }

    /** This card with its limit in effect under a cardholder whose limit is {@code cardholderLimit}. */
    public Card resolvedAgainst(long cardholderLimit) {
        long effective = ownTransactionLimit == null ? cardholderLimit
                : Math.min(ownTransactionLimit, cardholderLimit);
        if (effective == transactionLimit) {
            return this;
        }
        return new Card(cardId, cardholderId, kind, cardStatus, issuerCardStatus, nameOnCard, alias,
                ownTransactionLimit, effective, designSlot, contact, secrets, cryptoAddresses, createdAt);
    }

    @Override
    public String toString() {
        return "Card[" + cardId + ", " + kind.wireName() + ", issuerCardStatus " + issuerCardStatus + "]";
    }
}
