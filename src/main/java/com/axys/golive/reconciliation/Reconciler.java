package com.axys.golive.reconciliation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Builds the {@link Reconciliation} of one run from its recorded calls. */
final class Reconciler {

    /** The operations whose calls make a run's money data; a balance read alone is not one. */
    static final Set<String> MONEY_OPERATIONS = Set.of("listCardTransactions", "listCardFees", "stagingCardSpend",
            "stagingCardDeposit", "bankDepositCard", "createWallet", "bankDepositWallet", "transferFromWallet",
            "listWalletTransactions");

    private static final Map<String, String> RULES = rules();

    private Reconciler() {
    }

    static Reconciliation reconcile(String runId, List<CallLine> calls) {
        int moneyCalls = (int) calls.stream().filter(Reconciler::moneyCall).count();
        if (moneyCalls == 0) {
            return new Reconciliation(runId, "This run made no money calls (card transactions or fees, wallets, "
                    + "transfers, deposits): there is nothing to reconcile.", 0, RULES,
                    new Reconciliation.Summary(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), List.of(), List.of(),
                    List.of(), List.of(), List.of(), List.of(), List.of());
        }
        TransactionsAndFees spend = TransactionsAndFees.of(calls);
        WalletData wallets = new WalletData(calls);
        List<TransferCheck> transfers = TransferChecks.of(calls, wallets);
        List<FeeLine> orphans = spend.feesWithoutTransaction();
        List<String> flags = new ArrayList<>();
        orphans.forEach(fee -> flags.add("fee of card " + fee.cardId() + " with authRefNum " + fee.authRefNum()
                + " (first seen in call " + fee.seq() + ") matches no transaction seen in the run"));
        transfers.forEach(check -> TransferChecks.flag(check).ifPresent(flags::add));
        List<TransactionLine> transactions = spend.transactions();
        List<PurchaseCheck> purchases = PurchaseChecks.of(calls, transactions, wallets);
        purchases.forEach(check -> PurchaseChecks.flag(check).ifPresent(flags::add));
        List<CardTotals> cards = cards(transactions, spend.fees(), transfers, wallets);
        int matched = (int) transfers.stream().filter(check -> check.verdict().startsWith(TransferChecks.MATCHES))
                .count();
        int flaggedTransfers = (int) transfers.stream().filter(TransferCheck::flagged).count();
        Reconciliation.Summary summary = new Reconciliation.Summary(transactions.size(), spend.fees().size(),
                spend.fees().size() - orphans.size(), orphans.size(), transfers.size(), matched, flaggedTransfers,
                purchases.size(), count(purchases, PurchaseChecks.MATCHES),
                (int) purchases.stream().filter(PurchaseCheck::flagged).count(),
                count(purchases, PurchaseChecks.NOT_CHECKABLE), wallets.movements().size(), cards.size(),
                flags.size());
        return new Reconciliation(runId, statement(summary), moneyCalls, RULES, summary, transactions, orphans,
                transfers, purchases, wallets.movements(), cards, flags);
    }

    private static int count(List<PurchaseCheck> checks, String verdictStart) {
        return (int) checks.stream().filter(check -> check.verdict().startsWith(verdictStart)).count();
    }

    /**
     * Whether the call is one of {@link #MONEY_OPERATIONS}. A call with no answer (reset, timeout) is recorded with no
     * operation (null), and {@code Set.of(...).contains(null)} throws: that null pointer once cost whole bundles their
     * reconciliation.
     */
    static boolean moneyCall(CallLine call) {
        return call.operationId() != null && MONEY_OPERATIONS.contains(call.operationId());
    }

    private static String statement(Reconciliation.Summary s) {
        return "Reconciled " + s.transactions() + " card transaction(s) with " + s.fees() + " fee(s) ("
                + s.feesMatched() + " matched by authRefNum, " + s.feesWithoutTransaction()
                + " without a transaction) and "
                + s.walletTransfers() + " wallet transfer(s) against the card balances read around them ("
                + s.walletTransfersMatched() + " match, " + s.walletTransfersFlagged() + " flagged, "
                + (s.walletTransfers() - s.walletTransfersMatched() - s.walletTransfersFlagged()) + " not checked); "
                + s.purchaseChecks() + " purchase check(s) of card balances (" + s.purchaseChecksMatched()
                + " match, " + s.purchaseChecksFlagged() + " mismatch, " + s.purchaseChecksNotCheckable()
                + " not checkable). "
                + (s.flagged() == 0 ? "Nothing is flagged." : s.flagged() + " item(s) flagged for review.");
    }

    private static List<CardTotals> cards(List<TransactionLine> transactions, List<FeeLine> fees,
                                          List<TransferCheck> transfers, WalletData wallets) {
        Set<Long> ids = new TreeSet<>();
        transactions.stream().map(TransactionLine::cardId).filter(Objects::nonNull).forEach(ids::add);
        fees.stream().map(FeeLine::cardId).filter(Objects::nonNull).forEach(ids::add);
        wallets.balances().forEach(read -> ids.add(read.cardId()));
        transfers.stream().filter(Reconciler::toCard).forEach(check -> ids.add(check.destinationId()));
        wallets.movements().stream().filter(WalletMovement::toCard).forEach(m -> ids.add(m.destinationId()));
        List<CardTotals> cards = new ArrayList<>();
        for (long cardId : ids) {
            List<TransactionLine> mine = transactions.stream().filter(t -> Objects.equals(t.cardId(), cardId))
                    .toList();
            List<FeeLine> myFees = fees.stream().filter(f -> Objects.equals(f.cardId(), cardId)).toList();
            Map<Long, Long> in = new LinkedHashMap<>();
            transfers.stream().filter(c -> toCard(c) && c.destinationId() == cardId).forEach(c -> c.transIds()
                    .forEach(id -> in.put(id, c.amount() == null ? 0 : c.amount())));
            wallets.movements().stream().filter(m -> m.toCard() && Objects.equals(m.destinationId(), cardId))
                    .forEach(m -> in.putIfAbsent(m.transId(), m.amount() == null ? 0 : m.amount()));
            List<BalanceRead> reads = wallets.balances().stream().filter(b -> b.cardId() == cardId).toList();
            cards.add(new CardTotals(cardId, mine.size(), sum(mine.stream().map(TransactionLine::amount).toList()),
                    myFees.size(), sum(myFees.stream().map(FeeLine::amount).toList()), in.size(),
                    in.values().stream().mapToLong(Long::longValue).sum(), reads.size(),
                    reads.isEmpty() ? null : reads.get(0), reads.isEmpty() ? null : reads.get(reads.size() - 1)));
        }
        return cards;
    }

    private static boolean toCard(TransferCheck check) {
        return Long.valueOf(1).equals(check.destinationType()) && check.destinationId() != null;
    }

    /** The sum of money strings as decimal numbers; those that are not numbers are left out. */
    private static String sum(List<String> amounts) {
        return amounts.stream().map(JsonValues::decimal).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add).toPlainString();
    }

    private static Map<String, String> rules() {
        Map<String, String> rules = new LinkedHashMap<>();
        rules.put("source", "calls.jsonl of this bundle, as recorded (redacted; amounts, ids and authRefNum are not "
                + "secret); the last sighting of a record gives its state");
        rules.put("transactionsAndFees", TransactionsAndFees.RULE);
        rules.put("walletTransfers", TransferChecks.RULE);
        rules.put("purchasesAndBalances", PurchaseChecks.RULE);
        rules.put("amounts", "transaction and fee amounts are the API's strings, summed as decimal numbers as "
                + "written; balances and wallet amounts are decimal-implied integers (1000 = 10.00)");
        return java.util.Collections.unmodifiableMap(rules);
    }
}
