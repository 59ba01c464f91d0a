package com.axys.golive.reconciliation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Wallet movements × card balances: each wallet transfer of the run, what it made, and whether the destination
 * card's balances moved by exactly that much between the balance reads around it.
 */
final class TransferChecks {

    static final String RULE = "a transfer's POSTs are grouped by the reference in their description; the transfers"
            + " it made are those answered 2xx plus those found by that reference in GET /wallets/transactions; for a"
            + " transfer to a card, the card's last balance read before its first POST and first balance read after"
            + " its last POST must differ by amount x transfers made, in ledgerBalance and in availableBalance. It is"
            + " not checked when another money call on the card falls between the two reads; a purchase or deposit"
            + " clearing between them would also move a balance, and would show as a mismatch to review";

    /** How every verdict of a transfer whose balances moved as expected starts. */
    static final String MATCHES = "matches";

    private TransferChecks() {
    }

    static List<TransferCheck> of(List<CallLine> calls, WalletData wallets) {
        Map<String, List<CallLine>> byReference = new LinkedHashMap<>();
        for (CallLine call : calls) {
            if (call.is("transferFromWallet")) {
                String reference = JsonValues.text(call.requestBody(), "description");
                byReference.computeIfAbsent(reference != null ? reference : "(no reference) call #" + call.seq(),
                        k -> new ArrayList<>()).add(call);
            }
        }
        List<TransferCheck> checks = new ArrayList<>();
        byReference.forEach((reference, posts) -> checks.add(check(reference, posts, wallets)));
        return checks;
    }

    private static TransferCheck check(String reference, List<CallLine> posts, WalletData wallets) {
        JsonNode request = posts.get(0).requestBody();
        Long amount = JsonValues.integer(request, "amount");
        Long type = JsonValues.integer(request, "destinationType");
        Long destination = JsonValues.integer(request, "destinationId");
        Set<Long> made = new LinkedHashSet<>();
        boolean unknown = false;
        for (CallLine post : posts) {
            Long transId = post.succeeded() ? JsonValues.integer(post.responseBody(), "transId") : null;
            if (transId != null) {
                made.add(transId);
            } else if (ambiguous(post) && !wallets.movementsReadAfter(post.seq())) {
                unknown = true;
            }
        }
        wallets.withReference(reference, amount).forEach(movement -> made.add(movement.transId()));
        unknown = unknown && made.isEmpty();
        List<TransferCheck.Post> postLines = posts.stream()
                .map(post -> new TransferCheck.Post(post.seq(), post.status(), post.scenario())).toList();
        Long expected = unknown || amount == null ? null : amount * made.size();
        Verdict verdict = verdict(reference, posts, made, unknown, type, destination, expected, wallets);
        return new TransferCheck(reference, JsonValues.integer(request, "sourceWalletId"), type, destination, amount,
                postLines, List.copyOf(made), verdict.before, verdict.after,
                verdict.ledgerChange(), verdict.availableChange(), expected, verdict.text, verdict.flagged);
    }

    private static Verdict verdict(String reference, List<CallLine> posts, Set<Long> made, boolean unknown,
                                   Long type, Long destination, Long expected, WalletData wallets) {
        long first = posts.get(0).seq();
        long last = posts.get(posts.size() - 1).seq();
        BalanceRead before = null;
        BalanceRead after = null;
        if (type != null && type == 1 && destination != null) {
            before = wallets.lastBalanceBefore(destination, first).orElse(null);
            after = wallets.firstBalanceAfter(destination, last).orElse(null);
        }
        if (made.size() > 1) {
            return new Verdict(before, after, "DUPLICATE: reference " + reference + " was made " + made.size()
                    + " times (transIds " + made + ")", true);
        }
        if (unknown) {
            return new Verdict(before, after, "OUTCOME UNKNOWN: no 2xx answer, and the wallet's movements were not "
                    + "read after the ambiguous answer", true);
        }
        if (type == null || type != 1 || destination == null) {
            return new Verdict(before, after, "not checked: not a transfer to a card (the API documents no wallet "
                    + "balance read)", false);
        }
        if (before == null || after == null) {
            return new Verdict(before, after, "not checked: no balance read of card " + destination
                    + (before == null ? " before" : " after") + " the transfer", false);
        }
        List<Long> own = posts.stream().map(CallLine::seq).toList();
        List<Long> others = wallets.otherMovers(destination, before.seq(), after.seq(), own);
        if (!others.isEmpty()) {
            return new Verdict(before, after, "not checked: other money calls on card " + destination
                    + " between the balance reads (calls " + others + ")", false);
        }
        Verdict observed = new Verdict(before, after, "", false);
        if (expected != null && observed.ledgerChange() == expected.longValue()
                && observed.availableChange() == expected.longValue()) {
            return new Verdict(before, after, made.isEmpty() ? MATCHES + ": nothing was made and the balances did "
                    + "not move" : MATCHES, false);
        }
        return new Verdict(before, after, "MISMATCH: ledgerBalance changed by " + observed.ledgerChange()
                + " and availableBalance by " + observed.availableChange() + ", expected " + expected
                + " (amount x " + made.size() + " transfer(s) made)", true);
    }

    private static boolean ambiguous(CallLine post) {
        return post.status() < 0 || post.status() == 408 || post.status() == 429 || post.status() >= 500;
    }

    /** A verdict with the two balance reads it rests on. */
    private record Verdict(BalanceRead before, BalanceRead after, String text, boolean flagged) {

        Long ledgerChange() {
            return before == null || after == null ? null : after.ledgerBalance() - before.ledgerBalance();
        }

        Long availableChange() {
            return before == null || after == null ? null : after.availableBalance() - before.availableBalance();
        }
    }

    static Optional<String> flag(TransferCheck check) {
        return check.flagged() ? Optional.of("wallet transfer " + check.reference() + ": " + check.verdict())
                : Optional.empty();
    }
}
