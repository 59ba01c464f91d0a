package com.axys.golive.simulator.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * The simulated Program's in-memory data. Not thread-safe by itself: every operation runs its whole read-check-write
 * inside {@link #locked}, so concurrent requests see each other's changes whole or not at all.
 */
final class AxysStore {

    static final long FIRST_CARDHOLDER_ID = 10_001;
    static final long FIRST_CARD_ID = 8_801;
    static final long FIRST_DEPOSIT_ID = 7_701;

    private final Map<Long, Cardholder> cardholders = new TreeMap<>();
    private final Map<Long, Card> cards = new TreeMap<>();
    private final Map<Long, List<Deposit>> deposits = new HashMap<>();
    private final List<ChainDepositTrace> chainTraces = new ArrayList<>();
    private final MoneyRecords money = new MoneyRecords();
    private final ServiceRecords services = new ServiceRecords();
    private long nextCardholderId = FIRST_CARDHOLDER_ID;
    private long nextCardId = FIRST_CARD_ID;
    private long nextDepositId = FIRST_DEPOSIT_ID;

    synchronized <T> T locked(Supplier<T> work) {
        return work.get();
    }

    /** The cardholder as seen at {@code now}: a KYC outcome whose review delay has passed is applied (and kept). */
    Optional<Cardholder> cardholder(long cardholderId, Instant now) {
        Cardholder stored = cardholders.get(cardholderId);
        if (stored == null) {
            return Optional.empty();
        }
        Cardholder settled = stored.settledAt(now);
        if (settled != stored) {
            cardholders.put(cardholderId, settled);
        }
        return Optional.of(settled);
    }

    List<Cardholder> cardholders(Instant now) {
        List<Cardholder> all = new ArrayList<>();
        for (Long id : List.copyOf(cardholders.keySet())) {
            cardholder(id, now).ifPresent(all::add);
        }
        return all;
    }

    Cardholder addCardholder(LongFunction<Cardholder> withId) {
        Cardholder created = withId.apply(nextCardholderId++);
        cardholders.put(created.cardholderId(), created);
        return created;
    }

    Cardholder put(Cardholder cardholder) {
        cardholders.put(cardholder.cardholderId(), cardholder);
        return cardholder;
    }

    /**
     * The card as seen now: its limit resolved against its cardholder's current one (a card with no limit of its own
     * has the cardholder's; see {@link Card}).
     */
    Optional<Card> card(long cardId) {
        return Optional.ofNullable(cards.get(cardId)).map(this::resolved);
    }

    List<Card> cards() {
        return cards.values().stream().map(this::resolved).toList();
    }

    Card addCard(LongFunction<Card> withId) {
        Card created = resolved(withId.apply(nextCardId++));
        cards.put(created.cardId(), created);
        return created;
    }

    Card put(Card card) {
        Card resolved = resolved(card);
        cards.put(resolved.cardId(), resolved);
        return resolved;
    }

    private Card resolved(Card card) {
        Cardholder holder = cardholders.get(card.cardholderId());
        return holder == null ? card : card.resolvedAgainst(holder.transactionLimit());
    }

    Deposit addDeposit(LongFunction<Deposit> withId) {
        Deposit created = withId.apply(takeDepositId());
        deposits.computeIfAbsent(created.cardId(), id -> new ArrayList<>()).add(created);
        return created;
    }

    List<Deposit> deposits(long cardId) {
        return List.copyOf(deposits.getOrDefault(cardId, List.of()));
    }

    /** A deprecated blockchain trace on a card (POST /cards/{id}/deposit). */
    void addChainTrace(ChainDepositTrace trace) {
        chainTraces.add(trace);
    }

    /** Deposit ids are one sequence for cards and wallets alike. */
    long takeDepositId() {
        return nextDepositId++;
    }

    /** Transactions, fees, wallets and wallet movements. */
    MoneyRecords money() {
        return money;
    }

    /** OTP listeners, support tickets and bank account registrations. */
    ServiceRecords services() {
        return services;
    }

    /** Everything that moves the card account of {@code cardId}: deposits, purchases and fees, transfers in. */
    List<BalanceEntry> balanceEntries(long cardId) {
        List<BalanceEntry> entries = new ArrayList<>();
        deposits(cardId).forEach(deposit -> entries.add(deposit.entry()));
        chainTraces.stream().filter(trace -> trace.cardId() == cardId).forEach(trace -> entries.add(trace.entry()));
        entries.addAll(money.entries(cardId));
        return entries;
    }

    /** Forgets everything and starts the ids again. */
    void clear() {
        cardholders.clear();
        cards.clear();
        deposits.clear();
        chainTraces.clear();
        money.clear();
        services.clear();
        nextCardholderId = FIRST_CARDHOLDER_ID;
        nextCardId = FIRST_CARD_ID;
        nextDepositId = FIRST_DEPOSIT_ID;
    }
}
