package com.axys.golive.reconciliation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The first two reconciliation datasets, as the run saw them: every card transaction (GET /cards/transactions, and
 * the staging spends that made them) and every fee (GET /cards/fees, and the spends' fees), each counted once, with
 * each fee put under the transaction whose {@code authRefNum} it shares.
 */
final class TransactionsAndFees {

    static final String RULE = "each fee is put under the transaction with the same authRefNum; a fee whose "
            + "authRefNum no transaction seen in the run carries is listed in feesWithoutTransaction and flagged";

    private final Map<String, Seen> transactions = new LinkedHashMap<>();
    private final Map<String, FeeLine> fees = new LinkedHashMap<>();

    static TransactionsAndFees of(List<CallLine> calls) {
        TransactionsAndFees data = new TransactionsAndFees();
        for (CallLine call : calls) {
            if (call.answered("listCardTransactions")) {
                call.responseBody().path("items").forEach(item -> data.transaction(item, call.seq(), "list"));
            } else if (call.answered("listCardFees")) {
                call.responseBody().path("items").forEach(item -> data.fee(item, call.seq()));
            } else if (call.answered("stagingCardSpend")) {
                JsonNode made = call.responseBody().path("result");
                data.transaction(made, call.seq(), "staging-spend");
                made.path("fees").forEach(fee -> data.fee(fee, call.seq()));
            }
        }
        return data;
    }

    List<TransactionLine> transactions() {
        return transactions.values().stream()
                .sorted(Comparator.comparing((Seen t) -> t.cardId == null ? Long.MAX_VALUE : t.cardId)
                        .thenComparingLong(t -> t.firstSeq))
                .map(t -> new TransactionLine(t.seq, t.cardId, t.transId, t.authRefNum, t.amount, t.status,
                        t.dateCreated, List.copyOf(t.sources), feesOf(t.authRefNum)))
                .toList();
    }

    List<FeeLine> fees() {
        return List.copyOf(fees.values());
    }

    /** Fees whose authRefNum no transaction of the run carries. */
    List<FeeLine> feesWithoutTransaction() {
        Set<String> refs = new LinkedHashSet<>();
        transactions.values().forEach(t -> refs.add(t.authRefNum));
        return fees.values().stream().filter(fee -> fee.authRefNum() == null || !refs.contains(fee.authRefNum()))
                .toList();
    }

    private List<FeeLine> feesOf(String authRefNum) {
        return authRefNum == null ? List.of()
                : fees.values().stream().filter(fee -> authRefNum.equals(fee.authRefNum())).toList();
    }

    private void transaction(JsonNode item, long seq, String source) {
        String transId = JsonValues.text(item, "transId");
        String authRefNum = JsonValues.text(item, "authRefNum");
        if (transId == null && authRefNum == null) {
            return;
        }
        String key = transId != null ? "trans:" + transId : "auth:" + authRefNum;
        Seen seen = transactions.computeIfAbsent(key, k -> new Seen(seq));
        seen.seq = seq;
        seen.cardId = Objects.requireNonNullElse(JsonValues.integer(item, "cardId"), seen.cardId);
        seen.transId = transId;
        seen.authRefNum = authRefNum;
        seen.amount = JsonValues.text(item, "amount");
        Long status = JsonValues.integer(item, "status");
        seen.status = status == null ? seen.status : Integer.valueOf(status.intValue());
        seen.dateCreated = JsonValues.text(item, "dateCreated");
        seen.sources.add(source);
    }

    private void fee(JsonNode item, long seq) {
        FeeLine fee = new FeeLine(seq, JsonValues.integer(item, "cardId"), JsonValues.text(item, "authRefNum"),
                JsonValues.text(item, "amount"), JsonValues.text(item, "merchantAmount"),
                JsonValues.text(item, "feeType"), JsonValues.text(item, "dateCreated"));
        fees.putIfAbsent(fee.identity(), fee);
    }

    /** A transaction being gathered from its sightings; the last sighting wins. */
    private static final class Seen {
        private final long firstSeq;
        private final Set<String> sources = new LinkedHashSet<>();
        private long seq;
        private Long cardId;
        private String transId;
        private String authRefNum;
        private String amount;
        private Integer status;
        private String dateCreated;

        private Seen(long firstSeq) {
            this.firstSeq = firstSeq;
        }
    }
}
