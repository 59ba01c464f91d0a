package com.axys.golive.simulator.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Reading and operating issued cards: list, get (the sensitive details are the adapter's choice to render), activate
 * (4 → 1, once), block/unblock (1 ↔ 2), settings update (any status) and PIN change.
 */
public final class CardOperations {

    private static final List<String> ORDERINGS =
            List.of("cardId", "issuerCardStatus", "cardholderId", "cardHolderLastName", "createdDatetime");

    private final AxysStore store;
    private final Clock clock;

    CardOperations(AxysStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * GET /cards: filters {@code issuerCardStatus} (0-4) and {@code cardholderId}, the creation window
     * {@code after}/{@code before} (Unix seconds, on the card's creation time), and the paging parameters.
     */
    public Result<Page<Card>> list(Fields query) {
        FieldRules rules = new FieldRules(query);
        Long issuerStatus = rules.optionalInteger("issuerCardStatus", 0, 4, "integer 0-4");
        Long cardholderId = rules.optionalInteger("cardholderId", 1, Long.MAX_VALUE, "integer > 0");
        CreationWindow window = CreationWindow.read(rules);
        PageRequest paging = PageRequest.read(rules, ORDERINGS);
        return rules.result(() -> paging).map(request -> store.locked(() -> {
            List<Card> matches = store.cards().stream()
                    .filter(card -> issuerStatus == null || card.issuerCardStatus().code() == issuerStatus)
                    .filter(card -> cardholderId == null || card.cardholderId() == cardholderId)
                    .filter(card -> window.contains(card.createdAt()))
                    .toList();
            return request.page(matches, comparators(clock.instant()), Comparator.comparingLong(Card::cardId));
        }));
    }

    public Result<Card> get(long cardId) {
        return store.locked(() -> find(cardId));
    }

    /** PUT /cards/{id}/activate: only from Not Activated (4), with the card's own data; sets the PIN. */
    public Result<Card> activate(long cardId, Fields body) {
        return store.locked(() -> find(cardId).flatMap(card -> {
            if (card.issuerCardStatus() != IssuerCardStatus.NOT_ACTIVATED) {
                return Result.failed(DomainError.invalidState("card " + cardId + " has issuerCardStatus "
                        + card.issuerCardStatus() + "; only a card in 4 (Not Activated) can be activated"));
            }
            return CardValidation.forActivation(body).flatMap(activation -> matching(card, activation))
                    .map(activation -> store.put(card.withSecrets(card.secrets().withPin(activation.newPin()))
                            .withIssuerCardStatus(IssuerCardStatus.ACTIVE)));
        }));
    }

    /** PUT /cards/{id}/status: {@code newStatus} 1 or 2, from 1 or 2 only. */
    public Result<Card> setStatus(long cardId, Fields body) {
        return store.locked(() -> find(cardId).flatMap(card -> {
            if (!card.issuerCardStatus().toggleable()) {
                return Result.failed(DomainError.invalidState("card " + cardId + " has issuerCardStatus "
                        + card.issuerCardStatus() + "; the status can be changed only between 1 (Active) and 2 "
                        + "(On Hold)"));
            }
            return CardValidation.forStatusChange(body).map(status -> store.put(card.withIssuerCardStatus(status)));
        }));
    }

    /**
     * PUT /cards/{id}/update: alias, limit (at most the cardholder's current one) and contact details, in any status.
     * A card that never had a limit of its own keeps inheriting the cardholder's until one is set here.
     */
    public Result<Card> update(long cardId, Fields body) {
        return store.locked(() -> find(cardId).flatMap(card -> {
            long cardholderLimit = store.cardholder(card.cardholderId(), clock.instant())
                    .map(Cardholder::transactionLimit).orElse(card.transactionLimit());
            return CardValidation.forUpdate(body, cardholderLimit).map(patch -> store.put(card.withSettings(
                    patch.alias() != null ? patch.alias() : card.alias(),
                    patch.transactionLimit() != null ? patch.transactionLimit() : card.ownTransactionLimit(),
                    card.contact().merge(patch.contact()), cardholderLimit)));
        }));
    }

    /** PUT /cards/{id}/pin: the old PIN must be the card's current one. */
    public Result<Card> changePin(long cardId, Fields body) {
        return store.locked(() -> find(cardId).flatMap(card -> CardValidation.forPinChange(body).flatMap(change -> {
            if (!change.oldPin().equals(card.secrets().pin())) {
                return Result.failed(DomainError.validation("oldPin", "must equal the card's current PIN"));
            }
            return Result.ok(store.put(card.withSecrets(card.secrets().withPin(change.newPin()))));
        })));
    }

    Result<Card> find(long cardId) {
        return store.card(cardId).<Result<Card>>map(Result::ok)
                .orElseGet(() -> Result.failed(DomainError.notFound("no card with id " + cardId)));
    }

    private static Result<Activation> matching(Card card, Activation activation) {
        CardSecrets secrets = card.secrets();
        List<FieldError> mismatches = new ArrayList<>();
        if (!secrets.pan().equals(activation.cardNumber())) {
            mismatches.add(new FieldError("cardNumber", "must match the card"));
        }
        if (!secrets.expMonth().equals(activation.expMonth())) {
            mismatches.add(new FieldError("expMonth", "must match the card"));
        }
        if (!secrets.expYear().equals(activation.expYear())) {
            mismatches.add(new FieldError("expYear", "must match the card"));
        }
        if (!secrets.cvv().equals(activation.cvv())) {
            mismatches.add(new FieldError("cvv", "must match the card"));
        }
        return mismatches.isEmpty() ? Result.ok(activation) : Result.failed(DomainError.validation(mismatches));
    }

    private Map<String, Comparator<Card>> comparators(Instant now) {
        return Map.of(
                "cardId", Comparator.comparingLong(Card::cardId),
                "issuerCardStatus", Comparator.comparingInt(card -> card.issuerCardStatus().code()),
                "cardholderId", Comparator.comparingLong(Card::cardholderId),
                "cardHolderLastName", Comparator.comparing(card -> store.cardholder(card.cardholderId(), now)
                        .map(holder -> holder.details().lastName()).orElse("")),
                "createdDatetime", Comparator.comparing(Card::createdAt));
    }
}
