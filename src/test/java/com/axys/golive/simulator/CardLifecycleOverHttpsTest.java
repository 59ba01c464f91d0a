package com.axys.golive.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.simulator.TestClient.Reply;
import com.axys.golive.simulator.domain.Luhn;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Virtual and physical cards, activation, block/unblock, settings, PIN and balance, end to end over mTLS. */
final class CardLifecycleOverHttpsTest {

    @RegisterExtension
    static final SharedSimulator SIM = new SharedSimulator();

    private long issue(String kind, Map<String, Object> body) {
        Reply reply = SIM.client().post("/cards/" + kind + "/" + SIM.running().approvedCardholder(), body);
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.body().path("cardId").asLong();
    }

    private int issuerStatus(long cardId) {
        return SIM.client().get("/cards/" + cardId).body().path("issuerCardStatus").asInt();
    }

    @Test
    void aVirtualCardIsActiveAtOnceWithDepositAddresses() {
        Reply issued = SIM.client().post("/cards/virtual/" + SIM.running().approvedCardholder(),
                Map.of("nameOnCard", "Jordan R"));
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
        JsonNode details = SIM.client().get("/cards/" + cardId + "/details").body();
        String pan = details.path("cardNumber").asText();
        assertThat(pan).matches("4\\d{15}");
        assertThat(Luhn.isValid(pan)).isTrue();
        assertThat(details.path("cvv").asText()).matches("\\d{3}");
        assertThat(details.path("expMonth").asText()).matches("\\d{2}");
        assertThat(details.path("expYear").asText()).matches("\\d{4}");
        assertThat(SIM.client().get("/cards/" + cardId).body().path("maskedCardNumber").asText()).endsWith(pan.substring(12));
    }

    @Test
    void aPhysicalCardHasAddressesBeforeActivationAndActivatesOnceWithItsOwnData() {
        long cardId = issue("assign", Map.of("nameOnCard", "JORDAN RIVERS"));
        JsonNode card = SIM.client().get("/cards/" + cardId).body();
        assertThat(card.path("type").asText()).isEqualTo("physical");
        assertThat(card.path("issuerCardStatus").asInt()).isEqualTo(4);
        assertThat(card.path("cardType").asInt()).isZero();
        assertThat(card.path("cryptoAddresses")).hasSize(3);
        assertThat(SIM.client().put("/cards/" + cardId + "/status", Map.of("newStatus", 2)).status()).isEqualTo(409);

        JsonNode details = SIM.client().get("/cards/" + cardId + "/details").body();
        Map<String, Object> wrongCvv = activation(details, "2468");
        wrongCvv.put("cvv", details.path("cvv").asText().equals("000") ? "001" : "000");
        assertThat(SIM.client().put("/cards/" + cardId + "/activate", wrongCvv).status()).isEqualTo(422);

        Reply activated = SIM.client().put("/cards/" + cardId + "/activate", activation(details, "2468"));
        assertThat(activated.body().toString())
                .isEqualTo("{\"status\":\"success\",\"cardId\":" + cardId + ",\"issuerCardStatus\":1}");
        assertThat(SIM.client().put("/cards/" + cardId + "/activate", activation(details, "2468")).status())
                .isEqualTo(409);
        assertThat(SIM.client().put("/cards/" + cardId + "/pin", Map.of("oldPin", "2468", "newPin", "1357")).status())
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
        Reply blocked = SIM.client().put("/cards/" + cardId + "/status", Map.of("newStatus", 2));
        assertThat(blocked.body().path("issuerCardStatus").asInt()).isEqualTo(2);
        assertThat(issuerStatus(cardId)).isEqualTo(2);
        SIM.client().put("/cards/" + cardId + "/status", Map.of("newStatus", 1));
        assertThat(issuerStatus(cardId)).isEqualTo(1);
        assertThat(SIM.client().put("/cards/" + cardId + "/status", Map.of("newStatus", 3)).status()).isEqualTo(422);
    }

    @Test
    void issuanceIsRefusedForAnUnapprovedCardholderOrDesignAndForABadName() {
        long draft = SIM.running().createCardholder();
        assertThat(SIM.client().post("/cards/virtual/" + draft, Map.of("nameOnCard", "J")).status()).isEqualTo(409);
        long approved = SIM.running().approvedCardholder();
        Reply slot = SIM.client().post("/cards/assign/" + approved, Map.of("nameOnCard", "J", "cardType", 3));
        assertThat(slot.status()).isEqualTo(409);
        assertThat(slot.body().path("message").asText()).isEqualTo("design slot 3 is not approved (designStatus != 1)");
        SIM.running().control().setApprovedDesignSlots(Set.of(0, 3));
        assertThat(SIM.client().post("/cards/assign/" + approved, Map.of("nameOnCard", "J", "cardType", 3)).status())
                .isEqualTo(200);
        Reply noName = SIM.client().post("/cards/virtual/" + approved, Map.of("alias", "x"));
        assertThat(noName.status()).isEqualTo(422);
        assertThat(noName.body().path("errors").get(0).toString())
                .isEqualTo("{\"field\":\"nameOnCard\",\"rule\":\"required\"}");
    }

    @Test
    void aliasLimitAndPinChangesFollowTheirRules() {
        long cardId = issue("virtual", Map.of("nameOnCard", "Jordan R"));
        assertThat(SIM.client().put("/cards/" + cardId + "/update", Map.of("alias", "Travel", "transactionLimit", 1_000))
                .status()).isEqualTo(200);
        JsonNode card = SIM.client().get("/cards/" + cardId).body();
        assertThat(card.path("alias").asText()).isEqualTo("Travel");
        assertThat(card.path("transactionLimit").asLong()).isEqualTo(1_000);
        assertThat(SIM.client().put("/cards/" + cardId + "/update", Map.of("transactionLimit", 500_001)).status())
                .isEqualTo(422);

        String defaultPin = SIM.client().get("/cards/" + cardId + "/details").body().path("cardNumber").asText()
                .substring(12);
        String wrongPin = defaultPin.equals("0000") ? "1111" : "0000";
        assertThat(SIM.client().put("/cards/" + cardId + "/pin", Map.of("oldPin", wrongPin, "newPin", "1234")).status())
                .isEqualTo(422);
        Reply changed = SIM.client().put("/cards/" + cardId + "/pin", Map.of("oldPin", defaultPin, "newPin", "1234"));
        assertThat(changed.body().toString()).isEqualTo("{\"status\":\"success\"}");
    }

    @Test
    void aBankDepositReachesTheLedgerAtOnceAndTheAvailableBalanceAfterClearing() {
        long cardId = issue("virtual", Map.of("nameOnCard", "Jordan R"));
        Reply deposit = SIM.client().post("/cards/" + cardId + "/bank-deposit", Map.of("transactionAmount", 25_000));
        assertThat(deposit.body().path("statusText").asText()).isEqualTo("pending");
        assertThat(deposit.body().path("depositId").isIntegralNumber()).isTrue();
        assertThat(SIM.client().get("/cards/" + cardId + "/balance").body().toString()).isEqualTo(
                "{\"status\":\"success\",\"cardId\":" + cardId + ",\"ledgerBalance\":25000,\"availableBalance\":0}");
        SIM.running().advance(Duration.ofDays(5));
        assertThat(SIM.client().get("/cards/" + cardId + "/balance").body().path("availableBalance").asLong())
                .isEqualTo(25_000);
    }

    @Test
    void listCardsFiltersByIssuerStatusAndCardholder() {
        long virtual = issue("virtual", Map.of("nameOnCard", "Jordan R"));
        long physical = issue("assign", Map.of("nameOnCard", "JORDAN"));
        Reply notActivated = SIM.client().get("/cards?issuerCardStatus=4");
        assertThat(notActivated.body().path("total").asInt()).isEqualTo(1);
        assertThat(notActivated.body().path("items").get(0).path("cardId").asLong()).isEqualTo(physical);
        long holder = SIM.client().get("/cards/" + virtual).body().path("cardholderId").asLong();
        Reply byHolder = SIM.client().get("/cards?cardholderId=" + holder);
        assertThat(byHolder.body().path("items")).hasSize(1);
        assertThat(byHolder.body().path("items").get(0).path("cryptoAddresses")).hasSize(3);
    }

    @Test
    void listKeepsOnlyCardsCreatedInsideTheBeforeAfterWindow() {
        long holder = SIM.running().approvedCardholder();
        long early = issueVirtualTo(holder);
        SIM.running().advance(Duration.ofHours(1));
        long middleSecond = SIM.running().control().clock().instant().getEpochSecond();
        long middle = issueVirtualTo(holder);
        SIM.running().advance(Duration.ofHours(1));
        long late = issueVirtualTo(holder);

        assertThat(cardIds(checked("/cards"))).containsExactly(early, middle, late);
        assertThat(cardIds(checked("/cards?after=" + middleSecond + "&before=" + middleSecond)))
                .as("both bounds inclusive at whole seconds").containsExactly(middle);
        assertThat(cardIds(checked("/cards?after=" + (middleSecond + 1)))).containsExactly(late);
        assertThat(cardIds(checked("/cards?before=" + (middleSecond - 1)))).containsExactly(early);

        for (String bad : new String[] {"before=abc", "after=-5"}) {
            Reply refused = ContractCheckedCalls.send(SIM.client(), "GET", "/cards?" + bad, null, false);
            assertThat(refused.status()).as(bad).isEqualTo(422);
            assertThat(refused.body().path("status").asText()).isEqualTo("error");
            assertThat(refused.body().path("errors").get(0).path("field").asText()).isEqualTo(bad.split("=")[0]);
        }
    }

    private static long issueVirtualTo(long cardholderId) {
        Reply issued = SIM.client().post("/cards/virtual/" + cardholderId, Map.of("nameOnCard", "JORDAN RIVERS"));
        assertThat(issued.status()).as("%s", issued).isEqualTo(200);
        return issued.body().path("cardId").asLong();
    }

    private static java.util.List<Long> cardIds(Reply page) {
        assertThat(page.status()).as("%s", page).isEqualTo(200);
        java.util.List<Long> ids = new java.util.ArrayList<>();
        page.body().path("items").forEach(item -> ids.add(item.path("cardId").asLong()));
        return ids;
    }

    @Test
    void aCardIssuedWithoutALimitReportsTheCardholdersLimitAfterItIsLowered() {
        long holder = SIM.running().approvedCardholder();
        long inheriting = issueVirtualTo(holder);
        Reply own = SIM.client().post("/cards/virtual/" + holder, Map.of("nameOnCard", "J R", "transactionLimit",
                40_000));
        long ownId = own.body().path("cardId").asLong();
        assertThat(checked("/cards/" + inheriting).body().path("transactionLimit").asLong())
                .isEqualTo(500_000L);

        assertThat(SIM.client().put("/cardholders/" + holder + "/update", Map.of("transactionLimit", 25_000))
                .status()).isEqualTo(200);
        assertThat(checked("/cards/" + inheriting).body().path("transactionLimit").asLong())
                .as("inherits the cardholder's current limit").isEqualTo(25_000L);
        assertThat(checked("/cards/" + ownId).body().path("transactionLimit").asLong())
                .as("its own 40000 capped at the cardholder's 25000").isEqualTo(25_000L);
        JsonNode listed = SIM.client().get("/cards?cardholderId=" + holder).body().path("items");
        listed.forEach(card -> assertThat(card.path("transactionLimit").asLong()).isEqualTo(25_000L));
        assertThat(SIM.client().put("/cards/" + inheriting + "/update", Map.of("transactionLimit", 25_001)).status())
                .isEqualTo(422);
    }

    /** A valid list call whose answer is also held to the shipped contract. */
    private static Reply checked(String pathAndQuery) {
        return ContractCheckedCalls.send(SIM.client(), "GET", pathAndQuery, null, true);
    }
}
