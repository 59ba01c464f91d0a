package com.axys.golive.simulator.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Reading a card's spend and fees back: GET /cards/transactions (spend events only: no fees, no wallet movements)
 * and GET /cards/fees. Both filter by card, cardholder and time window (AND), page with limit/offset, and count every
 * match in {@code total}.
 */
public final class CardActivity {

    /** GET /cards/transactions without {@code after} looks back 90 days (documented). */
    static final Duration TRANSACTIONS_LOOK_BACK = Duration.ofDays(90);
    /** The documented orderBy values (copied from the cardholders endpoint, a quirk of the reference). */
    private static final List<String> TRANSACTION_ORDERINGS = List.of("dateCreated", "cardholderId", "status",
            "lastName");
    private static final List<String> FEE_ORDERINGS = List.of("dateCreated");

    private final AxysStore store;
    private final Clock clock;

    CardActivity(AxysStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** GET /cards/transactions: cardId, cardholderId, transId, status (1-5), after/before, paging and order. */
    public Result<Page<CardTransaction>> transactions(Fields query) {
        Instant now = clock.instant();
        FieldRules rules = new FieldRules(query);
        ActivityQuery filter = ActivityQuery.read(rules, now, TRANSACTIONS_LOOK_BACK);
        String transId = rules.optionalText("transId", 1, 64);
        Long status = rules.optionalInteger("status", 1, 5, "integer 1-5");
        PageRequest paging = PageRequest.read(rules, TRANSACTION_ORDERINGS);
        return rules.result(() -> paging).map(request -> store.locked(() -> {
            List<CardTransaction> matches = store.money().transactions(now).stream()
                    .filter(t -> filter.matches(t.cardId(), t.cardholderId(), t.createdAt()))
                    .filter(t -> transId == null || transId.equals(t.transId()))
                    .filter(t -> status == null || t.status().code() == status)
                    .toList();
            return request.page(matches, transactionOrder(now),
                    Comparator.comparingLong(CardTransaction::sequence));
        }));
    }

    /** GET /cards/fees: cardId, cardholderId, after/before, paging; ordered by dateCreated. */
    public Result<Page<CardFee>> fees(Fields query) {
        FieldRules rules = new FieldRules(query);
        ActivityQuery filter = ActivityQuery.read(rules, clock.instant(), null);
        PageRequest paging = PageRequest.read(rules, FEE_ORDERINGS);
        return rules.result(() -> paging).map(request -> store.locked(() -> {
            List<CardFee> matches = store.money().fees().stream()
                    .filter(fee -> filter.matches(fee.cardId(), fee.cardholderId(), fee.createdAt()))
                    .toList();
            return request.page(matches, Map.of("dateCreated", Comparator.comparing(CardFee::createdAt)),
                    Comparator.comparingLong(CardFee::sequence));
        }));
    }

    private Map<String, Comparator<CardTransaction>> transactionOrder(Instant now) {
        return Map.of(
                "dateCreated", Comparator.comparing(CardTransaction::createdAt),
                "cardholderId", Comparator.comparingLong(CardTransaction::cardholderId),
                "status", Comparator.comparingInt(t -> t.status().code()),
                "lastName", Comparator.comparing(t -> store.cardholder(t.cardholderId(), now)
                        .map(holder -> holder.details().lastName()).orElse("")));
    }
}
