package com.axys.golive.reconciliation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Purchases × card balances: for each card, the purchases the run made between two of its balance reads must have
 * taken exactly their amounts plus their fees off {@code availableBalance}. Purchases that no two reads enclose, or
 * that the run only listed, are "not checkable", never "matches".
 */
final class PurchaseChecks {

    static final String RULE = "each purchase the run made (POST /staging/cards/{cardId}/spend answered 2xx) is put"
            + " between the card's last balance read before it and first balance read after it; between those two"
            + " reads availableBalance must fall by the purchases' amounts plus the fees sharing their authRefNum. "
            + "[inferred] a purchase holds availableBalance when authorised (status 1 Pending, as 2 Cleared and 3"
            + " Completion) and leaves ledgerBalance only when it clears, so ledgerBalance is shown, not checked; a"
            + " Declined (4) or Error (5) purchase moves nothing. [inferred] the amount strings are literal decimals"
            + " (\"12.50\" = 1250 minor units), which the docs leave unconfirmed. Not checkable: no read before or"
            + " after, another money call on the card between the reads (a deposit, a transfer, a spend whose answer"
            + " was lost), or purchases the run only listed (when they were authorised is not known)";

    static final String MATCHES = "matches";
    static final String NOT_CHECKABLE = "not checkable";

    private static final List<Integer> MOVE_NOTHING = List.of(4, 5);

    private PurchaseChecks() {
    }

    static List<PurchaseCheck> of(List<CallLine> calls, List<TransactionLine> transactions, WalletData wallets) {
        Map<String, List<Spend>> groups = new LinkedHashMap<>();
        List<String> spent = new ArrayList<>();
        for (CallLine call : calls) {
            Long cardId = call.cardInPath();
            if (!call.answered("stagingCardSpend") || cardId == null) {
                continue;
            }
            JsonNode result = call.responseBody().path("result");
            TransactionLine line = find(transactions, JsonValues.text(result, "transId"),
                    JsonValues.text(result, "authRefNum"));
            Long status = JsonValues.integer(result, "status");
            PurchaseCheck.Purchase purchase = new PurchaseCheck.Purchase(call.seq(), JsonValues.text(result, "transId"),
                    JsonValues.text(result, "authRefNum"), JsonValues.text(result, "amount"),
                    status == null ? null : status.intValue(),
                    line == null ? fees(result) : line.fees().stream().map(FeeLine::amount).toList());
            spent.add(purchase.transId() + "|" + purchase.authRefNum());
            Optional<BalanceRead> before = wallets.lastBalanceBefore(cardId, call.seq());
            Optional<BalanceRead> after = wallets.firstBalanceAfter(cardId, call.seq());
            String key = cardId + "|" + before.map(BalanceRead::seq).orElse(null) + "|"
                    + after.map(BalanceRead::seq).orElse(null);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new Spend(cardId, before.orElse(null),
                    after.orElse(null), purchase));
        }
        List<PurchaseCheck> checks = new ArrayList<>();
        groups.values().forEach(group -> checks.add(check(group, wallets)));
        checks.addAll(listedOnly(transactions, spent));
        return checks;
    }

    static Optional<String> flag(PurchaseCheck check) {
        return check.flagged() ? Optional.of("purchases of card " + check.cardId() + " between balance reads #"
                + check.balanceBefore().seq() + " and #" + check.balanceAfter().seq() + ": " + check.verdict())
                : Optional.empty();
    }

    private static PurchaseCheck check(List<Spend> group, WalletData wallets) {
        Spend first = group.get(0);
        List<PurchaseCheck.Purchase> purchases = group.stream().map(Spend::purchase).toList();
        Long amounts = total(purchases.stream().filter(PurchaseChecks::moves).map(PurchaseCheck.Purchase::amount)
                .toList());
        Long fees = total(purchases.stream().filter(PurchaseChecks::moves).flatMap(p -> p.fees().stream()).toList());
        BalanceRead before = first.before();
        BalanceRead after = first.after();
        Long ledger = before == null || after == null ? null : after.ledgerBalance() - before.ledgerBalance();
        Long available = before == null || after == null ? null : after.availableBalance() - before.availableBalance();
        String verdict;
        Long expected = null;
        if (before == null || after == null) {
            verdict = NOT_CHECKABLE + ": no balance read of card " + first.cardId() + (before == null ? " before"
                    : " after") + " the purchase(s) (calls " + seqs(purchases) + ")";
        } else if (amounts == null || fees == null) {
            verdict = NOT_CHECKABLE + ": an amount of the purchases or their fees is not a number";
        } else {
            List<Long> others = wallets.otherMovers(first.cardId(), before.seq(), after.seq(), seqs(purchases));
            if (!others.isEmpty()) {
                verdict = NOT_CHECKABLE + ": other money calls on card " + first.cardId() + " between the balance"
                        + " reads (calls " + others + ")";
            } else {
                expected = -(amounts + fees);
                verdict = expected.equals(available) ? MATCHES : "MISMATCH: availableBalance changed by " + available
                        + ", expected " + expected + " (purchases " + amounts + " + fees " + fees + ", calls "
                        + seqs(purchases) + ")";
            }
        }
        return new PurchaseCheck(first.cardId(), before, after, purchases, amounts, fees, ledger, available, expected,
                verdict, verdict.startsWith("MISMATCH"));
    }

    /** Per card, the transactions the run listed but did not make: their authorisation is not placed in time. */
    private static List<PurchaseCheck> listedOnly(List<TransactionLine> transactions, List<String> spent) {
        Map<Long, List<PurchaseCheck.Purchase>> byCard = new LinkedHashMap<>();
        transactions.stream().filter(t -> t.cardId() != null && !spent.contains(t.transId() + "|" + t.authRefNum()))
                .forEach(t -> byCard.computeIfAbsent(t.cardId(), k -> new ArrayList<>()).add(
                        new PurchaseCheck.Purchase(t.seq(), t.transId(), t.authRefNum(), t.amount(), t.status(),
                                t.fees().stream().map(FeeLine::amount).toList())));
        List<PurchaseCheck> checks = new ArrayList<>();
        byCard.forEach((cardId, purchases) -> checks.add(new PurchaseCheck(cardId, null, null, purchases,
                total(purchases.stream().map(PurchaseCheck.Purchase::amount).toList()), null, null, null, null,
                NOT_CHECKABLE + ": " + purchases.size() + " transaction(s) of card " + cardId + " were only listed"
                        + " (GET /cards/transactions), not made by this run, so no two balance reads are known to"
                        + " enclose them", false)));
        return checks;
    }

    private static boolean moves(PurchaseCheck.Purchase purchase) {
        return purchase.status() == null || !MOVE_NOTHING.contains(purchase.status());
    }

    private static TransactionLine find(List<TransactionLine> transactions, String transId, String authRefNum) {
        if (transId == null && authRefNum == null) {
            return null; // nothing to match by: never the first transaction that lacks an authRefNum
        }
        return transactions.stream().filter(t -> transId != null ? transId.equals(t.transId())
                : Objects.equals(authRefNum, t.authRefNum())).findFirst().orElse(null);
    }

    private static List<String> fees(JsonNode result) {
        List<String> amounts = new ArrayList<>();
        result.path("fees").forEach(fee -> amounts.add(JsonValues.text(fee, "amount")));
        return amounts;
    }

    /** The sum in minor units, or null when one amount is not a decimal number of at most two places. */
    private static Long total(List<String> amounts) {
        long sum = 0;
        for (String amount : amounts) {
            Long minor = JsonValues.minorUnits(amount);
            if (minor == null) {
                return null;
            }
            sum += minor;
        }
        return sum;
    }

    private static List<Long> seqs(List<PurchaseCheck.Purchase> purchases) {
        return purchases.stream().map(PurchaseCheck.Purchase::seq).toList();
    }

    /** One spend call with the card's reads around it. */
    private record Spend(long cardId, BalanceRead before, BalanceRead after, PurchaseCheck.Purchase purchase) {
    }
}
