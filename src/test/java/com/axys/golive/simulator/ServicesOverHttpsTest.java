package com.axys.golive.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.simulator.TestClient.Reply;
import com.axys.golive.simulator.domain.SupportTicket;
import com.axys.golive.simulator.domain.ThreeDSecure;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 3-D Secure OTPs, support tickets and bank account registration, end to end over mTLS; every answer is also held
 * to the shipped contract, as the harness holds every call of a scenario.
 */
final class ServicesOverHttpsTest {

    private static final Map<String, Object> ACCOUNT = Map.of("senderAccountName", "Jordan Rivers",
            "senderAccountNumber", "00012345678", "senderRoutingNumber", "110000000");

    @RegisterExtension
    static final SharedSimulator SIM = new SharedSimulator();

    private static Reply send(String method, String path, Object body) {
        return send(method, path, body, true);
    }

    private static Reply sendInvalid(String method, String path, Object body) {
        return send(method, path, body, false);
    }

    private static Reply send(String method, String path, Object body, boolean validRequest) {
        return ContractCheckedCalls.send(SIM.client(), method, path, body, validRequest);
    }


    private static String listen(long cardId) {
        Reply reply = send("POST", "/otp/listeners", Map.of("cardId", cardId));
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.body().path("status").asText()).isEqualTo("success");
        assertThat(reply.body().has("expiresAt") && reply.body().path("expiresAt").isNull()).isTrue();
        return reply.body().path("token").asText();
    }

    @Test
    void anOtpIsWaitingThenReceivedAfterAChallengeThenExpired() {
        long cardId = SIM.running().virtualCard();
        String token = listen(cardId);
        JsonNode waiting = send("GET", "/otp/" + token, null).body();
        assertThat(waiting.path("status").asText()).isEqualTo("waiting");
        assertThat(waiting.has("code")).isFalse();

        Reply challenged = send("POST", "/staging/cards/" + cardId + "/otp", null);
        assertThat(challenged.status()).isEqualTo(200);
        assertThat(challenged.body().path("result").isEmpty()).isTrue();
        JsonNode received = send("GET", "/otp/" + token, null).body();
        assertThat(received.path("status").asText()).isEqualTo("received");
        assertThat(received.path("code").asText()).matches("\\d{6}");
        long now = SIM.running().control().clock().instant().getEpochSecond();
        assertThat(received.path("expiresAt").asLong()).isBetween(now + 299, now + 300);

        SIM.running().advance(ThreeDSecure.OTP_LIFETIME.plus(Duration.ofSeconds(1)));
        JsonNode expired = send("GET", "/otp/" + token, null).body();
        assertThat(expired.path("status").asText()).isEqualTo("expired");
        assertThat(expired.has("code")).isFalse();
        assertThat(expired.path("expiresAt").asLong()).isEqualTo(received.path("expiresAt").asLong());
    }

    @Test
    void expireOtpsEndsAReceivedOtpThroughTheControlSurface() {
        long cardId = SIM.running().virtualCard();
        String token = listen(cardId);
        send("POST", "/staging/cards/" + cardId + "/otp", null);
        assertThat(SIM.running().control().expireOtps()).isEqualTo(1);
        assertThat(send("GET", "/otp/" + token, null).body().path("status").asText()).isEqualTo("expired");
    }

    @Test
    void listenersAreRefusedForCardsThatAreNotActiveUnknownOrWhenThreeDsIsOff() {
        long cardId = SIM.running().virtualCard();
        SIM.client().put("/cards/" + cardId + "/status", Map.of("newStatus", 2));
        assertThat(send("POST", "/otp/listeners", Map.of("cardId", cardId)).status()).isEqualTo(409);
        assertThat(send("POST", "/staging/cards/" + cardId + "/otp", null).status()).isEqualTo(409);
        assertThat(send("POST", "/otp/listeners", Map.of("cardId", 424_242)).status()).isEqualTo(404);
        assertThat(send("GET", "/otp/unknown-token", null).status()).isEqualTo(404);
        assertThat(sendInvalid("POST", "/otp/listeners", Map.of("cardId", cardId, "webhookUrl",
                "http://program.example/otp")).status()).isEqualTo(422);

        SIM.client().put("/cards/" + cardId + "/status", Map.of("newStatus", 1));
        SIM.running().control().setThreeDsEnabled(false);
        Reply off = send("POST", "/otp/listeners", Map.of("cardId", cardId));
        assertThat(off.status()).isEqualTo(409);
        assertThat(off.body().path("message").asText()).contains("3-D Secure is not enabled");
    }

    @Test
    void aLegacyListenerByCardholderReceivesTheOtpOfItsCards() {
        long cardId = SIM.running().virtualCard();
        long holder = SIM.client().get("/cards/" + cardId).body().path("cardholderId").asLong();
        Reply reply = send("POST", "/otp/listeners", Map.of("cardholderId", holder, "webhookUrl",
                "https://program.example/otp"));
        assertThat(reply.status()).isEqualTo(200);
        send("POST", "/staging/cards/" + cardId + "/otp", null);
        assertThat(send("GET", "/otp/" + reply.body().path("token").asText(), null).body().path("status").asText())
                .isEqualTo("received");
    }

    @Test
    void aSupportTicketIsRaisedAndRememberedOrRefusedWithTheFieldsThatBreakARule() {
        long holder = SIM.running().approvedCardholder();
        Reply raised = send("POST", "/support/tickets", Map.of("subject", "Admin decline", "description",
                "Cardholder declined by an administrator", "priority", 1, "cardholderId", holder));
        assertThat(raised.status()).as("%s", raised).isEqualTo(200);
        assertThat(raised.body().path("ticketId").isIntegralNumber()).isTrue();
        assertThat(SIM.running().control().tickets()).singleElement().satisfies(ticket -> {
            assertThat(ticket.ticketId()).isEqualTo(raised.body().path("ticketId").asLong());
            assertThat(ticket.cardholderId()).isEqualTo(holder);
            assertThat(ticket.priority()).isEqualTo(1);
        });

        Reply refused = sendInvalid("POST", "/support/tickets", Map.of("description", "d", "priority", 5));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().path("errors").findValuesAsText("field")).containsExactly("subject", "priority");
        assertThat(SIM.running().control().tickets()).extracting(SupportTicket::subject).containsExactly("Admin decline");
    }

    @Test
    void aBankAccountRegistrationIsPendingAndNeedsAnApprovedCardholderWithACard() {
        long holder = SIM.running().approvedCardholder();
        assertThat(send("POST", "/cardholders/" + holder + "/register-bank-account", ACCOUNT).status())
                .isEqualTo(409);
        SIM.client().post("/cards/virtual/" + holder, Map.of("nameOnCard", "JORDAN RIVERS"));
        Reply registered = send("POST", "/cardholders/" + holder + "/register-bank-account", ACCOUNT);
        assertThat(registered.status()).as("%s", registered).isEqualTo(200);
        assertThat(registered.body().path("statusText").asText()).isEqualTo("pending");
        assertThat(registered.body().path("depositId").isIntegralNumber()).isTrue();
        assertThat(registered.body().has("status")).as("the documented answer {depositId, statusText} has no "
                + "envelope status: %s", registered).isFalse();

        Reply tooShort = sendInvalid("POST", "/cardholders/" + holder + "/register-bank-account",
                Map.of("senderAccountName", "Jordan Rivers", "senderAccountNumber", "123456",
                        "senderRoutingNumber", "110000000"));
        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(tooShort.body().path("errors").findValuesAsText("field")).containsExactly("senderAccountNumber");
        assertThat(send("POST", "/cardholders/424242/register-bank-account", ACCOUNT).status()).isEqualTo(404);
    }
}
