package com.axys.golive.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.simulator.TestClient.Reply;
import com.axys.golive.simulator.domain.Luhn;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Virtual and physical cards, activation, block/unblock, settings, PIN and balance, end to end over mTLS. */
final class CardLifecycleOverHttpsTest {

    @TempDir
    static java.nio.file.Path dir;
    private static RunningSimulator sim;
    private static TestClient client;

    @BeforeAll
    static void start() {
        sim = RunningSimulator.start(dir);
        client = sim.client;
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @BeforeEach
    void reset() {
        sim.control().reset();
    }

    private long issue(String kind, Map<String, Object> body) {
        Reply reply = client.post("/cards/" + kind + "/" + sim.approvedCardholder(), body);
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.body().path("cardId").asLong();
    }

    private int issuerStatus(long cardId) {
        return client.get("/cards/" + cardId).body().path("issuerCardStatus").asInt();
    }

    @Test
    void aVirtualCardIsActiveAtOnceWithDepositAddresses() {
        Reply issued = client.post("/cards/virtual/" + sim.approvedCardholder(), Map.of("nameOnCard", "Jordan R"));
        JsonNode card = issued.body();
        assertThat(card.path("status").asText()).isEqualTo("success");
        assertThat(card.path("type").asText()).isEqualTo("virtual");
        assertThat(card.path("cardStatus").asInt()).isEqualTo(1);
        assertThat(card.path("issuerCardStatus").asInt()).isEqualTo(1);
        assertThat(card.path("maskedCardNumber").asText()).matches("\\*{12}\\d{4}");
        assertThat(card.path("cryptoAddresses")).hasSize(3);
        assertThat(card.path("cryptoAddresses").get(0).path("address").asText()).matches("0x[0-9a-f]{40}");
    }

    @Test
    void cardDetailsCarryALuhnValidPanMatchingTheMask() {
        long cardId = issue("virtual", Map.of("nameOnCard", "Jordan R"));
        JsonNode details = client.get("/cards/" + cardId + "/details").body();
        String pan = details.path("cardNumber").asText();
        assertThat(pan).matches("4\\d{15}");
        assertThat(Luhn.isValid(pan)).isTrue();
        assertThat(details.path("cvv").asText()).matches("\\d{3}");
        assertThat(details.path("expMonth").asText()).matches("\\d{2}");
        assertThat(details.path("expYear").asText()).matches("\\d{4}");
        assertThat(client.get("/cards/" + cardId).body().path("maskedCardNumber").asText()).endsWith(pan.substring(12));
    }

    @Test
    void aPhysicalCardHasAddressesBeforeActivationAndActivatesOnceWithItsOwnData() {
        long cardId = issue("assign", Map.of("nameOnCard", "JORDAN RIVERS"));
        JsonNode card = client.get("/cards/" + cardId).body();
        assertThat(card.path("type").asText()).isEqualTo("physical");
        assertThat(card.path("issuerCardStatus").asInt()).isEqualTo(4);
        assertThat(card.path("cardType").asInt()).isZero();
        assertThat(card.path("cryptoAddresses")).hasSize(3);
        assertThat(client.put("/cards/" + cardId + "/status", Map.of("newStatus", 2)).status()).isEqualTo(409);

        JsonNode details = client.get("/cards/" + cardId + "/details").body();
        Map<String, Object> wrongCvv = activation(details, "2468");
        wrongCvv.put("cvv", details.path("cvv").asText().equals("000") ? "001" : "000");
        assertThat(client.put("/cards/" + cardId + "/activate", wrongCvv).status()).isEqualTo(422);

        Reply activated = client.put("/cards/" + cardId + "/activate", activation(details, "2468"));
        assertThat(activated.body().toString())
                .isEqualTo("{\"status\":\"success\",\"cardId\":" + cardId + ",\"issuerCardStatus\":1}");
        assertThat(client.put("/cards/" + cardId + "/activate", activation(details, "2468")).status())
                .isEqualTo(409);
        assertThat(client.put("/cards/" + cardId + "/pin", Map.of("oldPin", "2468", "newPin", "1357")).status())
                .isEqualTo(200);
    }

    private static Map<String, Object> activation(JsonNode details, String newPin) {
        return new java.util.HashMap<>(Map.of("cardNumber", details.path("cardNumber").asText(),
                "expMonth", details.path("expMonth").asText(), "expYear", details.path("expYear").asText(),
                "cvv", details.path("cvv").asText(), "newPin", newPin));
    }

    @Test
    void blockAndUnblockToggleBetweenActiveAndOnHold() {
        long cardId = issue("virtual", Map.of("nameOnCard", "Jordan R"));
        Reply blocked = client.put("/cards/" + cardId + "/status", Map.of("newStatus", 2));
        assertThat(blocked.body().path("issuerCardStatus").asInt()).isEqualTo(2);
        assertThat(issuerStatus(cardId)).isEqualTo(2);
        client.put("/cards/" + cardId + "/status", Map.of("newStatus", 1));
        assertThat(issuerStatus(cardId)).isEqualTo(1);
        assertThat(client.put("/cards/" + cardId + "/status", Map.of("newStatus", 3)).status()).isEqualTo(422);
    }

    @Test
    void issuanceIsRefusedForAnUnapprovedCardholderOrDesignAndForABadName() {
        long draft = sim.createCardholder();
        assertThat(client.post("/cards/virtual/" + draft, Map.of("nameOnCard", "J")).status()).isEqualTo(409);
        long approved = sim.approvedCardholder();
        Reply slot = client.post("/cards/assign/" + approved, Map.of("nameOnCard", "J", "cardType", 3));
        assertThat(slot.status()).isEqualTo(409);
        assertThat(slot.body().path("message").asText()).isEqualTo("design slot 3 is not approved (designStatus != 1)");
        sim.control().setApprovedDesignSlots(Set.of(0, 3));
        assertThat(client.post("/cards/assign/" + approved, Map.of("nameOnCard", "J", "cardType", 3)).status())
                .isEqualTo(200);
        Reply noName = client.post("/cards/virtual/" + approved, Map.of("alias", "x"));
        assertThat(noName.status()).isEqualTo(422);
        assertThat(noName.body().path("errors").get(0).toString())
                .isEqualTo("{\"field\":\"nameOnCard\",\"rule\":\"required\"}");
    }

    @Test
    void aliasLimitAndPinChangesFollowTheirRules() {
        long cardId = issue("virtual", Map.of("nameOnCard", "Jordan R"));
        assertThat(client.put("/cards/" + cardId + "/update", Map.of("alias", "Travel", "transactionLimit", 1_000))
                .status()).isEqualTo(200);
        JsonNode card = client.get("/cards/" + cardId).body();
        assertThat(card.path("alias").asText()).isEqualTo("Travel");
        assertThat(card.path("transactionLimit").asLong()).isEqualTo(1_000);
        assertThat(client.put("/cards/" + cardId + "/update", Map.of("transactionLimit", 500_001)).status())
                .isEqualTo(422);

        String defaultPin = client.get("/cards/" + cardId + "/details").body().path("cardNumber").asText()
                .substring(12);
        String wrongPin = defaultPin.equals("0000") ? "1111" : "0000";
        assertThat(client.put("/cards/" + cardId + "/pin", Map.of("oldPin", wrongPin, "newPin", "1234")).status())
                .isEqualTo(422);
        Reply changed = client.put("/cards/" + cardId + "/pin", Map.of("oldPin", defaultPin, "newPin", "1234"));
        assertThat(changed.body().toString()).isEqualTo("{\"status\":\"success\"}");
    }

    @Test
    void aBankDepositReachesTheLedgerAtOnceAndTheAvailableBalanceAfterClearing() {
        long cardId = issue("virtual", Map.of("nameOnCard", "Jordan R"));
        Reply deposit = client.post("/cards/" + cardId + "/bank-deposit", Map.of("transactionAmount", 25_000));
        assertThat(deposit.body().path("statusText").asText()).isEqualTo("pending");
        assertThat(deposit.body().path("depositId").isIntegralNumber()).isTrue();
        assertThat(client.get("/cards/" + cardId + "/balance").body().toString()).isEqualTo(
                "{\"status\":\"success\",\"cardId\":" + cardId + ",\"ledgerBalance\":25000,\"availableBalance\":0}");
        sim.advance(Duration.ofDays(5));
        assertThat(client.get("/cards/" + cardId + "/balance").body().path("availableBalance").asLong())
                .isEqualTo(25_000);
    }

    @Test
    void listCardsFiltersByIssuerStatusAndCardholder() {
        long virtual = issue("virtual", Map.of("nameOnCard", "Jordan R"));
        long physical = issue("assign", Map.of("nameOnCard", "JORDAN"));
        Reply notActivated = client.get("/cards?issuerCardStatus=4");
        assertThat(notActivated.body().path("total").asInt()).isEqualTo(1);
        assertThat(notActivated.body().path("items").get(0).path("cardId").asLong()).isEqualTo(physical);
        long holder = client.get("/cards/" + virtual).body().path("cardholderId").asLong();
        Reply byHolder = client.get("/cards?cardholderId=" + holder);
        assertThat(byHolder.body().path("items")).hasSize(1);
        assertThat(byHolder.body().path("items").get(0).path("cryptoAddresses")).hasSize(3);
    }
}
