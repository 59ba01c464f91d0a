package com.axys.golive.reconciliation;

import static com.axys.golive.reconciliation.MoneyBundle.error;
import static com.axys.golive.reconciliation.MoneyBundle.fee;
import static com.axys.golive.reconciliation.MoneyBundle.list;
import static com.axys.golive.reconciliation.MoneyBundle.made;
import static com.axys.golive.reconciliation.MoneyBundle.movement;
import static com.axys.golive.reconciliation.MoneyBundle.transaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axys.golive.evidence.EvidenceRun;
import com.axys.golive.evidence.Hashing;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ReconciliationWriterTest {

    private static final long CARD = 8801;
    private static final String REF = "golive-run-w3301-transfer-8801";

    @TempDir
    Path root;

    /** Records {@code run} into a new bundle, writes the reconciliation, closes the run; returns the JSON. */
    private JsonNode reconcile(Consumer<MoneyBundle> run) throws IOException {
        Path dir;
        try (MoneyBundle bundle = MoneyBundle.open(root)) {
            run.accept(bundle);
            assertThat(ReconciliationWriter.write(bundle.dir())).extracting(p -> p.getFileName().toString())
                    .containsExactlyElementsOf(ReconciliationWriter.FILES);
            dir = bundle.dir();
        }
        return EvidenceRun.MAPPER.readTree(dir.resolve("reconciliation.json").toFile());
    }

    private Path bundleDir() {
        return root.resolve(MoneyBundle.RUN_ID);
    }

    @Test
    void aRunWithoutMoneyCallsGetsAFileThatSaysSo() throws IOException {
        JsonNode json = reconcile(bundle -> {
            bundle.call("GET", "/cardholders", null, 200, list());
            bundle.balance(CARD, 0, 0);
        });
        assertThat(json.get("runId").asText()).isEqualTo(MoneyBundle.RUN_ID);
        assertThat(json.get("moneyCalls").asInt()).isZero();
        assertThat(json.get("statement").asText()).contains("no money calls").contains("nothing to reconcile");
        assertThat(json.get("transactions")).isEmpty();
        assertThat(Files.readString(bundleDir().resolve("reconciliation.md"))).contains("nothing to reconcile")
                .doesNotContain("## Totals per card");
    }

    @Test
    void eachFeeGoesUnderTheTransactionWithItsAuthRefNumAndAFeeWithoutOneIsFlagged() throws IOException {
        JsonNode json = reconcile(bundle -> {
            bundle.call("GET", "/cards/transactions?cardId=8801", null, 200, list(
                    transaction(CARD, "500001", "740000000001", "40.00", 1),
                    transaction(CARD, "500002", "740000000002", "12.50", 1)));
            bundle.call("GET", "/cards/fees?cardId=8801", null, 200, list(fee(CARD, "740000000001", "1.20", "FX"),
                    fee(CARD, "740000000099", "0.50", "ATM")));
        });
        JsonNode transactions = json.get("transactions");
        assertThat(transactions).hasSize(2);
        assertThat(transactions.get(0).at("/fees/0/amount").asText()).isEqualTo("1.20");
        assertThat(transactions.get(1).get("fees")).isEmpty();
        assertThat(json.at("/feesWithoutTransaction/0/authRefNum").asText()).isEqualTo("740000000099");
        assertThat(json.at("/summary/feesMatched").asInt()).isEqualTo(1);
        assertThat(json.get("flags")).hasSize(1);
        assertThat(json.at("/flags/0").asText()).contains("740000000099").contains("matches no transaction");
        JsonNode card = json.at("/cards/0");
        assertThat(card.get("transactionAmountTotal").asText()).isEqualTo("52.50");
        assertThat(card.get("feeAmountTotal").asText()).isEqualTo("1.70");
    }

    @Test
    void aTransactionSeenOnEveryPageAndAgainLaterCountsOnceWithItsLastStatus() throws IOException {
        JsonNode json = reconcile(bundle -> {
            String spent = transaction(CARD, "500001", "740000000001", "12.50", 1).replace("}", ",\"fees\":[]}");
            bundle.call("POST", "/staging/cards/8801/spend", "{\"amount\":\"12.50\"}", 200,
                    "{\"status\":\"success\",\"result\":" + spent + "}");
            bundle.call("GET", "/cards/transactions", null, 200, list(transaction(CARD, "500001", "740000000001",
                    "12.50", 1)));
            bundle.call("GET", "/cards/transactions?status=2", null, 200, list(transaction(CARD, "500001",
                    "740000000001", "12.50", 2)));
        });
        assertThat(json.get("transactions")).hasSize(1);
        assertThat(json.at("/transactions/0/status").asInt()).isEqualTo(2);
        assertThat(json.at("/transactions/0/sources").toString()).isEqualTo("[\"staging-spend\",\"list\"]");
        assertThat(json.at("/cards/0/transactions").asInt()).isEqualTo(1);
    }

    @Test
    void aTransferIsCheckedAgainstTheCardBalancesReadAroundIt() throws IOException {
        JsonNode json = reconcile(bundle -> {
            bundle.balance(CARD, 1_000, 500);
            bundle.transfer(CARD, 12_500, REF, 200, made(91_001));
            bundle.balance(CARD, 13_500, 13_000);
        });
        JsonNode check = json.at("/walletTransfers/0");
        assertThat(check.get("reference").asText()).isEqualTo(REF);
        assertThat(check.get("transIds").toString()).isEqualTo("[91001]");
        assertThat(check.get("ledgerChange").asLong()).isEqualTo(12_500);
        assertThat(check.get("verdict").asText()).isEqualTo("matches");
        assertThat(check.get("flagged").asBoolean()).isFalse();
        assertThat(json.at("/cards/0/walletTransfersIn").asInt()).isEqualTo(1);
        assertThat(json.at("/cards/0/walletTransferAmountTotal").asLong()).isEqualTo(12_500);
        assertThat(json.get("flags")).isEmpty();
    }

    @Test
    void aTransferWhoseAnswerWasLostIsFoundByItsReferenceAndCountedOnce() throws IOException {
        JsonNode json = reconcile(bundle -> {
            bundle.balance(CARD, 0, 0);
            bundle.transfer(CARD, 12_500, REF, 500, error(500, "INTERNAL_ERROR"));
            bundle.call("GET", "/wallets/transactions?cardId=8801", null, 200, list(movement(91_002, CARD, 12_500,
                    REF)));
            bundle.balance(CARD, 12_500, 12_500);
        });
        JsonNode check = json.at("/walletTransfers/0");
        assertThat(check.at("/posts/0/status").asInt()).isEqualTo(500);
        assertThat(check.get("transIds").toString()).isEqualTo("[91002]");
        assertThat(check.get("verdict").asText()).isEqualTo("matches");
        assertThat(json.at("/walletMovements/0/transId").asLong()).isEqualTo(91_002);
    }

    @Test
    void aTransferMadeTwiceIsFlaggedAsADuplicate() throws IOException {
        JsonNode json = reconcile(bundle -> {
            bundle.balance(CARD, 0, 0);
            bundle.transfer(CARD, 12_500, REF, 200, made(91_001));
            bundle.transfer(CARD, 12_500, REF, 200, made(91_002));
            bundle.balance(CARD, 25_000, 25_000);
        });
        assertThat(json.at("/walletTransfers/0/verdict").asText()).startsWith("DUPLICATE").contains("2 times");
        assertThat(json.at("/walletTransfers/0/flagged").asBoolean()).isTrue();
        assertThat(json.at("/summary/flagged").asInt()).isEqualTo(1);
    }

    @Test
    void aBalanceThatMovedByAnotherAmountIsFlaggedAsAMismatch() throws IOException {
        JsonNode json = reconcile(bundle -> {
            bundle.balance(CARD, 0, 0);
            bundle.transfer(CARD, 12_500, REF, 200, made(91_001));
            bundle.balance(CARD, 12_500, 0);
        });
        assertThat(json.at("/walletTransfers/0/verdict").asText()).startsWith("MISMATCH")
                .contains("availableBalance by 0, expected 12500");
        assertThat(Files.readString(bundleDir().resolve("reconciliation.md"))).contains("MISMATCH")
                .contains("1 item(s) flagged for review");
    }

    @Test
    void aLostAnswerNeverReconciledIsFlaggedAsUnknown() throws IOException {
        JsonNode json = reconcile(bundle -> bundle.transfer(CARD, 12_500, REF, -1, null));
        assertThat(json.at("/walletTransfers/0/verdict").asText()).startsWith("OUTCOME UNKNOWN");
        assertThat(json.at("/walletTransfers/0/posts/0/status").asInt()).isEqualTo(-1);
        assertThat(json.at("/walletTransfers/0/expectedChange").isNull()).isTrue();
    }

    @Test
    void aRefusedTransferMatchesWhenTheBalanceDidNotMove() throws IOException {
        JsonNode json = reconcile(bundle -> {
            bundle.balance(CARD, 0, 0);
            bundle.transfer(CARD, 12_500, REF, 422, "{\"status\":\"error\",\"message\":\"too much\","
                    + "\"code\":\"VALIDATION_FAILED\",\"errors\":[{\"field\":\"amount\",\"rule\":\"funds\"}]}");
            bundle.balance(CARD, 0, 0);
        });
        assertThat(json.at("/walletTransfers/0/verdict").asText()).startsWith("matches: nothing was made");
    }

    @Test
    void anotherMoneyCallBetweenTheReadsLeavesTheTransferUnchecked() throws IOException {
        JsonNode json = reconcile(bundle -> {
            bundle.balance(CARD, 10_000, 10_000);
            bundle.transfer(CARD, 12_500, REF, 200, made(91_001));
            bundle.call("POST", "/staging/cards/8801/spend", "{\"amount\":\"5.00\"}", 200,
                    "{\"status\":\"success\",\"result\":" + transaction(CARD, "500001", "740000000001", "5.00", 1)
                            + "}");
            bundle.balance(CARD, 22_500, 22_000);
        });
        assertThat(json.at("/walletTransfers/0/verdict").asText()).startsWith("not checked: other money calls")
                .contains("[3]");
        assertThat(json.at("/walletTransfers/0/flagged").asBoolean()).isFalse();
    }

    @Test
    void bothFilesAreWrittenBeforeTheManifestSoItHashesThem() throws IOException {
        reconcile(bundle -> bundle.transfer(CARD, 100, REF, 200, made(91_001)));
        JsonNode manifest = EvidenceRun.MAPPER.readTree(bundleDir().resolve("manifest.json").toFile());
        Map<String, String> hashes = StreamSupport.stream(manifest.get("files").spliterator(), false)
                .collect(Collectors.toMap(f -> f.get("path").asText(), f -> f.get("sha256").asText()));
        for (String name : ReconciliationWriter.FILES) {
            assertThat(hashes).containsEntry(name, Hashing.sha256(bundleDir().resolve(name)));
        }
    }

    @Test
    void valuesFromTheBundleCannotOpenHtmlInTheMarkdownAndNoSecretIsCopied() throws IOException {
        reconcile(bundle -> {
            bundle.call("GET", "/cards/8801/details", null, 200, "{\"status\":\"success\",\"cardId\":8801,"
                    + "\"cardNumber\":\"4111111111111111\",\"cvv\":\"987\",\"expMonth\":\"07\",\"expYear\":\"2029\"}");
            bundle.call("GET", "/cards/fees", null, 200, list(fee(CARD, "<script>x</script>", "0.50", "FX|ATM")));
        });
        String md = Files.readString(bundleDir().resolve("reconciliation.md"));
        assertThat(md).doesNotContain("<script>").contains("&lt;script>").contains("FX\\|ATM");
        for (String name : ReconciliationWriter.FILES) {
            assertThat(Files.readString(bundleDir().resolve(name))).doesNotContain("4111111111111111")
                    .doesNotContain(MoneyBundle.API_KEY);
        }
    }

    @Test
    void aFolderWithoutCallsIsRefusedWithTheMissingFileNamed() throws IOException {
        Path empty = Files.createDirectory(root.resolve("empty"));
        assertThatThrownBy(() -> ReconciliationWriter.write(empty)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("calls.jsonl").hasMessageContaining("before it is closed");
    }

    @Test
    void aCallWithNoAnswerAndNoOperationDoesNotStopTheReconciliation() throws IOException {
        JsonNode json = reconcile(bundle -> {
            bundle.unanswered("GET", "/cardholders");
            bundle.call("GET", "/cards/transactions?cardId=8801", null, 200, list(
                    transaction(CARD, "500001", "740000000001", "40.00", 1)));
        });
        assertThat(json.get("moneyCalls").asInt()).isEqualTo(1);
        assertThat(json.get("transactions")).hasSize(1);
    }
}
