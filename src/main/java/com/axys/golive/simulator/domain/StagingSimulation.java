package com.axys.golive.simulator.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The money simulation endpoints of staging (reference §8.31 names "an exact card spend" and "an exact deposit
 * amount" but not their paths or bodies, so both are inferred). Amounts are decimal strings, as the docs say of every
 * staging endpoint. A spend is a purchase on an Active card: Pending, then Cleared a day later on the virtual clock,
 * with one FX fee sharing its {@code authRefNum} when the purchase is foreign. A deposit is available at once.
 */
public final class StagingSimulation {

    /** The FX fee on a foreign purchase, in basis points of the purchase amount (3 %, at least 0.01). */
    static final long FX_FEE_BASIS_POINTS = 300;
    static final String FX_FEE = "FX";
    static final String DEFAULT_MERCHANT = "Simulated merchant";

    private final AxysStore store;
    private final Clock clock;
    private final CardOperations cards;

    StagingSimulation(AxysStore store, Clock clock, CardOperations cards) {
        this.store = store;
        this.clock = clock;
        this.cards = cards;
    }

    /** POST /staging/cards/{id}/spend: {@code amount} (decimal string), {@code merchant}, {@code foreign}. */
    public Result<Purchase> spend(long cardId, Fields body) {
        return store.locked(() -> cards.find(cardId).flatMap(card -> {
            if (card.issuerCardStatus() != IssuerCardStatus.ACTIVE) {
                return Result.failed(DomainError.invalidState("card " + cardId + " has issuerCardStatus "
                        + card.issuerCardStatus() + "; only an Active (1) card can make a purchase"));
            }
            FieldRules rules = new FieldRules(body);
            Long amount = decimal(rules, "amount");
            String merchant = rules.optionalText("merchant", 1, 50);
            boolean foreign = flag(rules, body, "foreign");
            return rules.result(() -> amount).flatMap(valid -> purchase(card, valid,
                    merchant == null ? DEFAULT_MERCHANT : merchant, foreign));
        }));
    }

    /** POST /staging/cards/{id}/deposit: {@code amount} (decimal string), in both balances at once. */
    public Result<Deposit> deposit(long cardId, Fields body) {
        return store.locked(() -> cards.find(cardId).flatMap(card -> {
            if (card.issuerCardStatus() == IssuerCardStatus.CLOSED) {
                return Result.failed(DomainError.invalidState("card " + cardId + " is Closed (3): it takes no "
                        + "deposits"));
            }
            FieldRules rules = new FieldRules(body);
            Long amount = decimal(rules, "amount");
            Instant now = clock.instant();
            return rules.result(() -> store.addDeposit(id -> new Deposit(id, cardId, amount, now, now)));
        }));
    }

    private Result<Purchase> purchase(Card card, long amount, String merchant, boolean foreign) {
        long fee = foreign ? Math.max(1, (amount * FX_FEE_BASIS_POINTS + 5_000) / 10_000) : 0;
        long available = Balance.of(card.cardId(), store.balanceEntries(card.cardId()), clock.instant())
                .availableBalance();
        if (amount + fee > available) {
            return Result.failed(DomainError.validation("amount", "the amount plus fees ("
                    + DecimalAmount.format(amount + fee) + ") must not exceed the card's availableBalance ("
                    + DecimalAmount.format(available) + ")"));
        }
        MoneyRecords money = store.money();
        Instant now = clock.instant();
        Instant clears = now.plus(CardTransaction.CLEARING_DELAY);
        String authRefNum = money.nextAuthRefNum();
        CardTransaction transaction = new CardTransaction(money.nextSequence(), money.nextTransId(), card.cardId(),
                card.cardholderId(), authRefNum, amount, merchant, TransactionStatus.PENDING, now, clears);
        List<CardFee> fees = foreign ? List.of(new CardFee(money.nextSequence(), card.cardId(), card.cardholderId(),
                authRefNum, fee, amount, FX_FEE, now, clears)) : List.of();
        Purchase purchase = new Purchase(transaction, fees);
        money.add(purchase);
        return Result.ok(purchase);
    }

    /** A required decimal string > 0, in minor units. */
    static Long decimal(FieldRules rules, String name) {
        String text = rules.requiredPattern(name, DecimalAmount.FORMAT, DecimalAmount.RULE);
        long minor = text == null ? 0 : DecimalAmount.parse(text).orElse(0);
        if (text != null && minor == 0) {
            rules.reject(name, DecimalAmount.RULE);
        }
        return minor == 0 ? null : minor;
    }

    private static boolean flag(FieldRules rules, Fields body, String name) {
        Object raw = body.value(name);
        if (raw != null && !(raw instanceof Boolean)) {
            rules.reject(name, "true or false");
        }
        return Boolean.TRUE.equals(raw);
    }
}
