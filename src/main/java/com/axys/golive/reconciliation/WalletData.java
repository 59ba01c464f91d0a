package com.axys.golive.reconciliation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The third reconciliation dataset and what it is checked against: every wallet movement GET /wallets/transactions
 * showed (counted once, last sighting wins), every card balance read, and the calls that move a card's money.
 */
final class WalletData {

    /** Calls that move a card's balances, besides wallet transfers. */
    private static final List<String> CARD_MOVERS = List.of("stagingCardSpend", "stagingCardDeposit",
            "bankDepositCard");

    private final List<CallLine> calls;
    private final Map<Long, WalletMovement> movements = new LinkedHashMap<>();
    private final List<BalanceRead> balances = new ArrayList<>();

    WalletData(List<CallLine> calls) {
        this.calls = List.copyOf(calls);
        for (CallLine call : calls) {
            if (call.answered("listWalletTransactions")) {
                call.responseBody().path("items").forEach(item -> {
                    Long transId = JsonValues.integer(item, "transId");
                    if (transId != null) {
                        movements.put(transId, new WalletMovement(call.seq(), transId,
                                JsonValues.integer(item, "walletId"), JsonValues.integer(item, "destinationType"),
                                JsonValues.integer(item, "destinationId"), JsonValues.integer(item, "amount"),
                                JsonValues.text(item, "description"), JsonValues.integer(item, "transStatus"),
                                JsonValues.text(item, "dateCreated")));
                    }
                });
            } else if (call.answered("getCardBalance")) {
                Long cardId = Optional.ofNullable(JsonValues.integer(call.responseBody(), "cardId"))
                        .orElse(call.cardInPath());
                Long ledger = JsonValues.integer(call.responseBody(), "ledgerBalance");
                Long available = JsonValues.integer(call.responseBody(), "availableBalance");
                if (cardId != null && ledger != null && available != null) {
                    balances.add(new BalanceRead(call.seq(), cardId, ledger, available));
                }
            }
        }
    }

    List<WalletMovement> movements() {
        return movements.values().stream().sorted(Comparator.comparingLong(WalletMovement::transId)).toList();
    }

    List<BalanceRead> balances() {
        return List.copyOf(balances);
    }

    /** The movements whose description is {@code reference} (and whose amount, when given, is {@code amount}). */
    List<WalletMovement> withReference(String reference, Long amount) {
        return movements().stream().filter(m -> reference != null && reference.equals(m.description()))
                .filter(m -> amount == null || m.amount() == null || m.amount().equals(amount)).toList();
    }

    /** Whether the movements were read (successfully) after call {@code seq}. */
    boolean movementsReadAfter(long seq) {
        return calls.stream().anyMatch(call -> call.seq() > seq && call.answered("listWalletTransactions"));
    }

    Optional<BalanceRead> lastBalanceBefore(long cardId, long seq) {
        return balances.stream().filter(b -> b.cardId() == cardId && b.seq() < seq)
                .reduce((first, second) -> second);
    }

    Optional<BalanceRead> firstBalanceAfter(long cardId, long seq) {
        return balances.stream().filter(b -> b.cardId() == cardId && b.seq() > seq).findFirst();
    }

    /**
     * Calls strictly between {@code from} and {@code to} that may have moved card {@code cardId}'s money, other than
     * {@code own}: spends, deposits, and transfers to the card that were made or whose answer was lost.
     */
    List<Long> otherMovers(long cardId, long from, long to, List<Long> own) {
        return calls.stream().filter(call -> call.seq() > from && call.seq() < to && !own.contains(call.seq()))
                .filter(call -> movesCard(call, cardId)).map(CallLine::seq).toList();
    }

    private static boolean movesCard(CallLine call, long cardId) {
        boolean mayHaveMoved = call.succeeded() || call.status() < 0 || call.status() >= 500 || call.status() == 408
                || call.status() == 429;
        if (!mayHaveMoved) {
            return false;
        }
        if (call.operationId() == null) {
            return Long.valueOf(cardId).equals(call.cardInPath()); // no answer, no operation: it may have been a spend
        }
        if (CARD_MOVERS.contains(call.operationId())) {
            return Long.valueOf(cardId).equals(call.cardInPath());
        }
        return call.is("transferFromWallet")
                && Long.valueOf(1).equals(JsonValues.integer(call.requestBody(), "destinationType"))
                && Long.valueOf(cardId).equals(JsonValues.integer(call.requestBody(), "destinationId"));
    }
}
