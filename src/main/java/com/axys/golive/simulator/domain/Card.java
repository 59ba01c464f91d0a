package com.axys.golive.simulator.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A card as the simulated Program holds it. Immutable: every change makes a new instance.
 *
 * @param alias      the integrator's display label, {@code null} when never set
 * @param designSlot the physical card's design slot ({@code cardType}, 0-5); {@code null} for a virtual card
 */
public record Card(long cardId, long cardholderId, CardKind kind, CardStatus cardStatus,
                   IssuerCardStatus issuerCardStatus, String nameOnCard, String alias, long transactionLimit,
                   Integer designSlot, CardContact contact, CardSecrets secrets, List<CryptoAddress> cryptoAddresses,
                   Instant createdAt) {

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
        return new Card(cardId, cardholderId, kind, cardStatus, status, nameOnCard, alias, transactionLimit,
                designSlot, contact, secrets, cryptoAddresses, createdAt);
    }

    public Card withSecrets(CardSecrets newSecrets) {
        return new Card(cardId, cardholderId, kind, cardStatus, issuerCardStatus, nameOnCard, alias, transactionLimit,
                designSlot, contact, newSecrets, cryptoAddresses, createdAt);
    }

    public Card withSettings(String newAlias, long newLimit, CardContact newContact) {
        return new Card(cardId, cardholderId, kind, cardStatus, issuerCardStatus, nameOnCard, newAlias, newLimit,
                designSlot, newContact, secrets, cryptoAddresses, createdAt);
    }

    @Override
    public String toString() {
        return "Card[" + cardId + ", " + kind.wireName() + ", issuerCardStatus " + issuerCardStatus + "]";
    }
}
