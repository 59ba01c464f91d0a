package com.axys.golive.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.simulator.TestClient.Reply;
import com.axys.golive.simulator.domain.CardTransaction;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Card spend and fees, wallets and transfers, end to end over mTLS; every answer (success and refusal alike) is also
 * checked against the shipped contract, since the harness fails a scenario on any contract violation.
 */
final class MoneyOverHttpsTest {

    @RegisterExtension
    static final SharedSimulator SIM = new SharedSimulator();

    /** Sends the call and fails the test when the request or the answer breaks the contract. */
    private static Reply send(String method, String pathAndQuery, Object body) {
        return send(method, pathAndQuery, body, true);
    }

    /** Sends a deliberately invalid request: only the answer is held to the contract. */
    private static Reply sendInvalid(String method, String pathAndQuery, Object body) {
        return send(method, pathAndQuery, body, false);
    }

    private static Reply send(String method, String pathAndQuery, Object body, boolean validRequest) {
        return ContractCheckedCalls.send(SIM.client(), method, pathAndQuery, body, validRequest);
    }


    private static long fundedCard(String amount) {
        long cardId = SIM.running().virtualCard();
        assertThat(send("POST", "/staging/cards/" + cardId + "/deposit", Map.of("amount", amount)).status())
                .isEqualTo(200);
        return cardId;
    }

    private static JsonNode spend(long cardId, String amount, boolean foreign) {
        Reply reply = send("POST", "/staging/cards/" + cardId + "/spend",
                Map.of("amount", amount, "merchant", "Corner Cafe", "foreign", foreign));
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.body().path("result");
    }

    @Test
    void aForeignPurchaseIsListedWithItsFxFeeAndClearsAfterADay() {
        long cardId = fundedCard("100.00");
        JsonNode made = spend(cardId, "12.50", true);
        assertThat(made.path("transId").isTextual()).isTrue();
        assertThat(made.path("fees")).hasSize(1);

        JsonNode listed = send("GET", "/cards/transactions?cardId=" + cardId, null).body();
        assertThat(listed.path("total").asInt()).isEqualTo(1);
        JsonNode transaction = listed.path("items").get(0);
        assertThat(transaction.path("amount").asText()).isEqualTo("12.50");
        assertThat(transaction.path("description").asText()).isEqualTo("Corner Cafe");
        assertThat(transaction.path("status").asInt()).isEqualTo(1);
        JsonNode fee = send("GET", "/cards/fees?cardId=" + cardId, null).body().path("items").get(0);
        assertThat(fee.path("authRefNum").asText()).isEqualTo(transaction.path("authRefNum").asText());
        assertThat(fee.path("amount").asText()).isEqualTo("0.38");
        assertThat(fee.path("merchantAmount").asText()).isEqualTo("12.50");
        JsonNode balance = SIM.client().get("/cards/" + cardId + "/balance").body();
        assertThat(balance.path("availableBalance").asLong()).isEqualTo(10_000 - 1_250 - 38);
        assertThat(balance.path("ledgerBalance").asLong()).isEqualTo(10_000);

        SIM.running().advance(CardTransaction.CLEARING_DELAY);
        assertThat(send("GET", "/cards/transactions?cardId=" + cardId + "&status=2", null).body().path("total")
                .asInt()).isEqualTo(1);
        assertThat(SIM.client().get("/cards/" + cardId + "/balance").body().path("ledgerBalance").asLong())
                .isEqualTo(10_000 - 1_250 - 38);
    }

    @Test
    void pagingTwoAtATimeSeesEveryTransactionOnceWithAStableTotal() {
        long cardId = fundedCard("100.00");
        List<String> made = new ArrayList<>();
        for (String amount : List.of("1.00", "2.00", "3.00", "4.00", "5.00")) {
            made.add(spend(cardId, amount, false).path("transId").asText());
        }
        List<String> seen = new ArrayList<>();
        for (int offset = 0; offset <= 4; offset += 2) {
            JsonNode page = send("GET", "/cards/transactions?cardId=" + cardId + "&limit=2&offset=" + offset, null)
                    .body();
            assertThat(page.path("total").asInt()).isEqualTo(5);
            page.path("items").forEach(item -> seen.add(item.path("transId").asText()));
        }
        assertThat(seen).containsExactlyElementsOf(made);
        assertThat(send("GET", "/cards/transactions?cardId=" + cardId + "&limit=2&offset=6", null).body()
                .path("items")).isEmpty();
        assertThat(sendInvalid("GET", "/cards/transactions?limit=201", null).status()).isEqualTo(422);
    }

    @Test
    void aSpendIsRefusedBeyondTheAvailableBalanceOnABlockedCardAndOnAnUnknownOne() {
        long cardId = fundedCard("5.00");
        Reply tooMuch = send("POST", "/staging/cards/" + cardId + "/spend", Map.of("amount", "5.01"));
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.body().path("errors").get(0).path("field").asText()).isEqualTo("amount");
        SIM.client().put("/cards/" + cardId + "/status", Map.of("newStatus", 2));
        assertThat(send("POST", "/staging/cards/" + cardId + "/spend", Map.of("amount", "1.00")).status())
                .isEqualTo(409);
        assertThat(send("POST", "/staging/cards/424242/spend", Map.of("amount", "1.00")).status()).isEqualTo(404);
    }

    @Test
    void aWalletToCardTransferRaisesBothCardBalancesAndIsAWalletMovementOnly() {
        long cardId = SIM.running().virtualCard();
        long walletId = send("POST", "/wallets", Map.of("name", "Operating")).body().path("walletId").asLong();
        Reply deposit = send("POST", "/wallets/" + walletId + "/bank-deposit", Map.of("transactionAmount", 50_000,
                "transactionReference", "golive funding"));
        assertThat(deposit.body().path("statusText").asText()).isEqualTo("pending");
        Map<String, Object> transfer = Map.of("sourceWalletId", walletId, "destinationType", 1,
                "destinationId", cardId, "amount", 12_000, "description", "golive-test-1");
        assertThat(send("POST", "/wallets/transfer", transfer).status()).as("before the deposit clears")
                .isEqualTo(422);

        SIM.running().advance(SIM.running().control().program().clearingDelay());
        Reply made = send("POST", "/wallets/transfer", transfer);
        assertThat(made.status()).isEqualTo(200);
        assertThat(made.body().path("transId").isIntegralNumber()).isTrue();
        assertThat(made.body().path("transStatus").asInt()).isEqualTo(1);
        JsonNode balance = SIM.client().get("/cards/" + cardId + "/balance").body();
        assertThat(balance.path("ledgerBalance").asLong()).isEqualTo(12_000);
        assertThat(balance.path("availableBalance").asLong()).isEqualTo(12_000);
        assertThat(send("GET", "/cards/transactions?cardId=" + cardId, null).body().path("total").asInt()).isZero();
        JsonNode movements = send("GET", "/wallets/transactions?cardId=" + cardId, null).body();
        assertThat(movements.path("items")).hasSize(1);
        assertThat(movements.path("items").get(0).path("transId").asLong())
                .isEqualTo(made.body().path("transId").asLong());
        assertThat(movements.path("items").get(0).path("description").asText()).isEqualTo("golive-test-1");
        JsonNode all = send("GET", "/wallets/transactions", null).body();
        assertThat(all.path("total").asInt()).isEqualTo(2);
        assertThat(all.path("items").get(0).path("transStatus").asInt()).as("the cleared deposit").isEqualTo(1);
    }

    @Test
    void transferRefusalsFollowTheContract() {
        long cardId = SIM.running().virtualCard();
        long walletId = SIM.running().fundedWallet(1_000);
        assertThat(send("POST", "/wallets/transfer", Map.of("sourceWalletId", 9_999, "destinationType", 1,
                "destinationId", cardId, "amount", 1)).status()).isEqualTo(404);
        assertThat(send("POST", "/wallets/transfer", Map.of("sourceWalletId", walletId, "destinationType", 1,
                "destinationId", 424_242, "amount", 1)).status()).isEqualTo(404);
        assertThat(send("POST", "/wallets/9999/bank-deposit", Map.of("transactionAmount", 1)).status())
                .isEqualTo(404);
        assertThat(SIM.client().post("/wallets/abc/bank-deposit", Map.of("transactionAmount", 1)).status())
                .isEqualTo(400);
        assertThat(sendInvalid("POST", "/wallets", Map.of()).status()).isEqualTo(422);
    }

    @Test
    void aBankDepositTraceWithoutAnAmountIsAcceptedAndMovesNoBalance() {
        long cardId = SIM.running().virtualCard();
        Reply traced = send("POST", "/cards/" + cardId + "/bank-deposit",
                Map.of("transactionReference", "card " + cardId, "senderAccountName", "Jordan Rivers"));
        assertThat(traced.status()).as("%s", traced).isEqualTo(200);
        assertThat(traced.body().path("depositId").isIntegralNumber()).isTrue();
        assertThat(traced.body().path("statusText").asText()).isEqualTo("pending");
        assertThat(send("POST", "/cards/" + cardId + "/bank-deposit", Map.of()).status()).isEqualTo(200);
        SIM.running().advance(SIM.running().control().program().clearingDelay());
        JsonNode balance = send("GET", "/cards/" + cardId + "/balance", null).body();
        assertThat(balance.path("ledgerBalance").asLong()).isZero();
        assertThat(balance.path("availableBalance").asLong()).isZero();

        long walletId = send("POST", "/wallets", Map.of("name", "ops")).body().path("walletId").asLong();
        Reply walletTrace = send("POST", "/wallets/" + walletId + "/bank-deposit", Map.of("transactionReference", "x"));
        assertThat(walletTrace.status()).as("%s", walletTrace).isEqualTo(200);
        assertThat(walletTrace.body().path("depositId").asLong())
                .isGreaterThan(traced.body().path("depositId").asLong());
        SIM.running().advance(SIM.running().control().program().clearingDelay());
        assertThat(send("GET", "/wallets/transactions", null).body().path("total").asInt()).isZero();
        Reply transfer = send("POST", "/wallets/transfer", Map.of("sourceWalletId", walletId, "destinationType", 1,
                "destinationId", cardId, "amount", 1));
        assertThat(transfer.status()).as("nothing was credited to send").isEqualTo(422);
    }

    @Test
    void theDeprecatedEndpointsStillWorkAsTheReferenceDescribes() {
        long cardholderId = SIM.running().approvedCardholder();
        Reply registered = send("POST", "/cardholders/" + cardholderId + "/register-wallet-address", Map.of());
        assertThat(registered.status()).as("%s", registered).isEqualTo(200);
        assertThat(registered.body().toString()).isEqualTo("{\"status\":\"success\"}");
        assertThat(send("POST", "/cardholders/" + cardholderId + "/register-wallet-address", null).status())
                .as("no body at all").isEqualTo(200);
        assertThat(send("POST", "/cardholders/99999/register-wallet-address", Map.of()).status()).isEqualTo(404);

        long cardId = SIM.client().post("/cards/virtual/" + cardholderId, Map.of("nameOnCard", "J R")).body()
                .path("cardId").asLong();
        Reply traced = send("POST", "/cards/" + cardId + "/deposit", Map.of("transactionAmount", 7_500));
        assertThat(traced.status()).as("%s", traced).isEqualTo(200);
        assertThat(traced.body().path("status").asText()).isEqualTo("success");
        JsonNode balance = send("GET", "/cards/" + cardId + "/balance", null).body();
        assertThat(balance.path("ledgerBalance").asLong()).as("the trace puts the amount in the ledger").isEqualTo(7_500);
        assertThat(balance.path("availableBalance").asLong()).isZero();
        SIM.running().advance(java.time.Duration.ofHours(24));
        balance = send("GET", "/cards/" + cardId + "/balance", null).body();
        assertThat(balance.path("ledgerBalance").asLong()).as("unverified after 24 h: expired").isZero();
        assertThat(balance.path("availableBalance").asLong()).isZero();
        assertThat(send("POST", "/cards/" + cardId + "/deposit", null).status()).isEqualTo(200);
        assertThat(sendInvalid("POST", "/cards/" + cardId + "/deposit", Map.of("transactionAmount", 0)).status())
                .isEqualTo(422);
        assertThat(send("POST", "/cards/99999/deposit", Map.of()).status()).isEqualTo(404);

        long walletId = send("POST", "/wallets", Map.of("name", "legacy")).body().path("walletId").asLong();
        Reply walletDeposit = send("POST", "/wallets/" + walletId + "/deposit", Map.of());
        assertThat(walletDeposit.status()).as("%s", walletDeposit).isEqualTo(200);
        assertThat(walletDeposit.body().toString()).isEqualTo("{\"status\":\"success\"}");
        assertThat(send("GET", "/wallets/transactions", null).body().path("total").asInt()).isZero();
        assertThat(send("POST", "/wallets/99999/deposit", Map.of()).status()).isEqualTo(404);
    }
}
