package com.axys.golive.reconciliation;

import static com.axys.golive.reconciliation.MarkdownText.header;
import static com.axys.golive.reconciliation.MarkdownText.row;
import static com.axys.golive.reconciliation.MarkdownText.text;

import java.util.List;
import java.util.stream.Collectors;

/** {@code reconciliation.md}: the statement, the rules, what is flagged, the transfer checks and the card totals. */
final class ReconciliationMarkdown {

    private ReconciliationMarkdown() {
    }

    static String render(Reconciliation r) {
        StringBuilder md = new StringBuilder();
        md.append("# Reconciliation\n\n").append("Run ").append(text(r.runId())).append(". ")
                .append(text(r.statement())).append("\n\nThe details are in reconciliation.json.\n");
        if (r.moneyCalls() == 0) {
            return md.toString();
        }
        md.append("\n## How it is reconciled\n\n");
        r.rules().forEach((name, rule) -> md.append("- **").append(text(name)).append("**: ").append(text(rule))
                .append("\n"));
        md.append("\n## Flagged for review\n\n");
        if (r.flags().isEmpty()) {
            md.append("Nothing is flagged.\n");
        }
        r.flags().forEach(flag -> md.append("- ").append(text(flag)).append("\n"));
        if (!r.walletTransfers().isEmpty()) {
            md.append("\n## Wallet transfers and card balances\n\n").append(header("Reference", "To", "Amount",
                    "POSTs (call: status)", "Made (transId)", "Balance before → after (ledger / available)",
                    "Verdict"));
            r.walletTransfers().forEach(t -> md.append(row(List.of(text(t.reference()), destination(t),
                    text(t.amount()), text(t.posts().stream().map(p -> "#" + p.seq() + ": " + p.status())
                            .collect(Collectors.joining(", "))), text(t.transIds().stream().map(String::valueOf)
                            .collect(Collectors.joining(", "))), text(balance(t.balanceBefore()) + " → "
                            + balance(t.balanceAfter())), text(t.verdict())))));
        }
        if (!r.purchaseChecks().isEmpty()) {
            md.append("\n## Purchases and fees against card balances\n\n").append(header("Card", "Purchases (call)",
                    "Purchases + fees (minor units)", "Balance before → after (ledger / available)",
                    "Available change: expected / observed", "Verdict"));
            r.purchaseChecks().forEach(p -> md.append(row(List.of(text(p.cardId()), text(p.purchases().stream()
                            .map(x -> "#" + x.seq() + " " + x.amount()).collect(Collectors.joining(", "))),
                    text(p.purchaseTotal() + " + " + p.feeTotal()), text(balance(p.balanceBefore()) + " → "
                            + balance(p.balanceAfter())), text(p.expectedChange() + " / " + p.availableChange()),
                    text(p.verdict())))));
        }
        md.append("\n## Totals per card\n\n").append(header("Card", "Transactions", "Amount", "Fees", "Fee amount",
                "Wallet transfers in", "Transferred", "Last balance (ledger / available)"));
        r.cards().forEach(c -> md.append(row(List.of(text(c.cardId()), text(c.transactions()),
                text(c.transactionAmountTotal()), text(c.fees()), text(c.feeAmountTotal()),
                text(c.walletTransfersIn()), text(c.walletTransferAmountTotal()), text(balance(c.lastBalance()))))));
        if (!r.feesWithoutTransaction().isEmpty()) {
            md.append("\n## Fees without a transaction\n\n").append(header("Card", "authRefNum", "Amount", "Type",
                    "First seen in call"));
            r.feesWithoutTransaction().forEach(f -> md.append(row(List.of(text(f.cardId()), text(f.authRefNum()),
                    text(f.amount()), text(f.feeType()), text(f.seq())))));
        }
        return md.toString();
    }

    private static String destination(TransferCheck t) {
        String kind = t.destinationType() == null ? "?" : t.destinationType() == 1 ? "card " : "wallet ";
        return text(kind + t.destinationId());
    }

    private static String balance(BalanceRead read) {
        return read == null ? "(not read)" : read.ledgerBalance() + " / " + read.availableBalance() + " (#"
                + read.seq() + ")";
    }
}
