package com.axys.golive.reconciliation;

import static com.axys.golive.reconciliation.MoneyBundle.fee;
import static com.axys.golive.reconciliation.MoneyBundle.list;
import static com.axys.golive.reconciliation.MoneyBundle.transaction;
import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.evidence.EvidenceRun;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Purchases and their fees against the card's available balance, over hand-made call lines of a real bundle. */
final class PurchaseChecksTest {

    private static final long CARD = 8801;

    @TempDir
    Path root;

    private JsonNode reconcile(Consumer<MoneyBundle> run) throws IOException {
        Path dir;
        try (MoneyBundle bundle = MoneyBundle.open(root)) {
            run.accept(bundle);
            ReconciliationWriter.write(bundle.dir());
            dir = bundle.dir();
        }
        return EvidenceRun.MAPPER.readTree(dir.resolve("reconciliation.json").toFile());
    }

    /** A staging spend on the card, answered with the transaction and, for a foreign one, its FX fee. */
    private static long spend(MoneyBundle bundle, String transId, String authRefNum, String amount, String fxFee) {
        String fees = fxFee == null ? "[]" : "[" + fee(CARD, authRefNum, fxFee, "FX") + "]";
        String made = transaction(CARD, transId, authRefNum, amount, 1).replaceFirst("}$", ",\"fees\":" + fees + "}");
        return bundle.call("POST", "/staging/cards/" + CARD + "/spend", "{\"amount\":\"" + amount + "\"}", 200,
                "{\"status\":\"success\",\"result\":" + made + "}");
    }

    @Test
    void purchasesAndTheirFeesThatLeftTheAvailableBalanceMatch() throws IOException {
        JsonNode json = reconcile(bundle -> {
            bundle.balance(CARD, 10_000, 10_000);
            spend(bundle, "500001", "740000000001", "40.00", "1.20");
            spend(bundle, "500002", "740000000002", "12.50", null);
            bundle.balance(CARD, 10_000, 4_630);
        });
        JsonNode check = json.at("/purchaseChecks/0");
        assertThat(check.get("cardId").asLong()).isEqualTo(CARD);
        assertThat(check.get("purchases")).hasSize(2);
        assertThat(check.get("purchaseTotal").asLong()).isEqualTo(5_250);
        assertThat(check.get("feeTotal").asLong()).isEqualTo(120);
        assertThat(check.get("expectedChange").asLong()).isEqualTo(-5_370);
        assertThat(check.get("availableChange").asLong()).isEqualTo(-5_370);
        assertThat(check.get("verdict").asText()).isEqualTo("matches");
        assertThat(check.get("flagged").asBoolean()).isFalse();
        assertThat(json.at("/summary/purchaseChecksMatched").asInt()).isEqualTo(1);
        assertThat(json.get("flags")).isEmpty();
        assertThat(json.at("/rules/purchasesAndBalances").asText()).contains("[inferred]");
    }

    @Test
    void aFeeThatWasNotDebitedIsAMismatchNamingTheCardTheReadsAndBothChanges() throws IOException {
        JsonNode json = reconcile(bundle -> {
            bundle.balance(CARD, 10_000, 10_000);
            spend(bundle, "500001", "740000000001", "40.00", "1.20");
            bundle.balance(CARD, 10_000, 6_000);
        });
        JsonNode check = json.at("/purchaseChecks/0");
        assertThat(check.get("verdict").asText()).startsWith("MISMATCH: availableBalance changed by -4000,"
                + " expected -4120");
        assertThat(check.get("flagged").asBoolean()).isTrue();
        assertThat(json.at("/summary/purchaseChecksFlagged").asInt()).isEqualTo(1);
        assertThat(json.at("/summary/flagged").asInt()).isEqualTo(1);
        assertThat(json.at("/flags/0").asText()).contains("card 8801").contains("#1 and #3")
                .contains("expected -4120");
        assertThat(Files.readString(root.resolve(MoneyBundle.RUN_ID).resolve("reconciliation.md")))
                .contains("## Purchases and fees against card balances").contains("MISMATCH")
                .contains("1 item(s) flagged for review");
        assertThat(ReconciliationFindings.read(root.resolve(MoneyBundle.RUN_ID))).singleElement().asString()
                .contains("expected -4120");
    }

    @Test
    void purchasesWithoutABalanceReadOnBothSidesAreNotCheckableNeverMatches() throws IOException {
        JsonNode json = reconcile(bundle -> {
            spend(bundle, "500001", "740000000001", "40.00", null);
            bundle.balance(CARD, 10_000, 6_000);
            bundle.call("GET", "/cards/transactions?cardId=8802", null, 200,
                    list(transaction(8802, "600001", "750000000001", "5.00", 2)));
        });
        assertThat(json.get("purchaseChecks")).hasSize(2);
        assertThat(json.at("/purchaseChecks/0/verdict").asText())
                .isEqualTo("not checkable: no balance read of card 8801 before the purchase(s) (calls [1])");
        assertThat(json.at("/purchaseChecks/0/expectedChange").isNull()).isTrue();
        assertThat(json.at("/purchaseChecks/1/cardId").asLong()).isEqualTo(8802);
        assertThat(json.at("/purchaseChecks/1/verdict").asText()).startsWith("not checkable: 1 transaction(s) of"
                + " card 8802 were only listed");
        assertThat(json.at("/summary/purchaseChecksNotCheckable").asInt()).isEqualTo(2);
        assertThat(json.get("flags")).isEmpty();
    }

    @Test
    void aDeclinedPurchaseMovesNothing() throws IOException {
        JsonNode json = reconcile(bundle -> {
            bundle.balance(CARD, 10_000, 10_000);
            String declined = transaction(CARD, "500001", "740000000001", "40.00", 4)
                    .replaceFirst("}$", ",\"fees\":[]}");
            bundle.call("POST", "/staging/cards/" + CARD + "/spend", "{\"amount\":\"40.00\"}", 200,
                    "{\"status\":\"success\",\"result\":" + declined + "}");
            bundle.balance(CARD, 10_000, 10_000);
        });
        assertThat(json.at("/purchaseChecks/0/expectedChange").asLong()).isZero();
        assertThat(json.at("/purchaseChecks/0/verdict").asText()).isEqualTo("matches");
    }

    @Test
    void aDepositBetweenTheReadsLeavesThePurchasesNotCheckable() throws IOException {
        JsonNode json = reconcile(bundle -> {
            bundle.balance(CARD, 0, 0);
            bundle.call("POST", "/staging/cards/8801/deposit", "{\"amount\":\"100.00\"}", 200,
                    "{\"status\":\"success\",\"result\":{}}");
            spend(bundle, "500001", "740000000001", "40.00", null);
            bundle.balance(CARD, 10_000, 6_000);
        });
        assertThat(json.at("/purchaseChecks/0/verdict").asText())
                .isEqualTo("not checkable: other money calls on card 8801 between the balance reads (calls [2])");
    }
}
