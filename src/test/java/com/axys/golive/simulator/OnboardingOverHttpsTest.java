package com.axys.golive.simulator;

import com.axys.golive.testing.Onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.simulator.TestClient.Reply;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Cardholder onboarding and the KYC review, end to end over mTLS. */
final class OnboardingOverHttpsTest {

    @RegisterExtension
    static final SharedSimulator SIM = new SharedSimulator();

    @Test
    void happyOnboardingEndsApprovedOnceTheReviewDelayHasPassed() {
        Reply created = SIM.client().post("/cardholders", Onboarding.jordan());
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.body().path("status").asText()).isEqualTo("success");
        long id = created.body().path("cardholderId").asLong();
        assertThat(SIM.running().cardholderStatus(id)).isEqualTo(4);

        Reply submitted = SIM.client().put("/cardholders/" + id + "/kyc-submit", null);
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.body().path("applicationLink").asText())
                .matches("https://verify\\.didit\\.example/session/[a-z0-9]+");
        assertThat(SIM.running().cardholderStatus(id)).isEqualTo(3);

        Reply validated = SIM.client().post("/staging/kyc/validate", Map.of("cardholderId", id, "result", "pass"));
        assertThat(validated.body().toString()).isEqualTo("{\"status\":\"success\",\"result\":{}}");
        assertThat(SIM.running().cardholderStatus(id)).isEqualTo(3);

        SIM.running().advance(Duration.ofSeconds(90));
        assertThat(SIM.running().cardholderStatus(id)).isEqualTo(1);
    }

    @Test
    void getCardholderNestsTheCardholderBesideTheEnvelopeStatus() {
        long id = SIM.running().createCardholder();
        Reply reply = SIM.client().get("/cardholders/" + id);
        assertThat(reply.body().path("status").asText()).isEqualTo("success");
        assertThat(reply.body().path("cardholder").path("cardholderId").asLong()).isEqualTo(id);
        assertThat(reply.body().path("cardholder").path("status").isInt()).isTrue();
        assertThat(reply.body().path("cardholder").path("firstName").asText()).isEqualTo("Jordan");
        assertThat(reply.body().path("cardholder").path("sumsubEnabled").asInt()).isZero();
        assertThat(reply.body().path("cardholder").path("transactionLimit").asLong()).isEqualTo(500_000L);
        assertThat(reply.body().path("cardholder").has("state")).isFalse();
    }

    @Test
    void aDeclinedCardholderGetsANewLinkAndCanBeApprovedOnResubmission() {
        long id = SIM.running().createCardholder();
        String first = SIM.client().put("/cardholders/" + id + "/kyc-submit", null).body().path("applicationLink").asText();
        SIM.client().post("/staging/kyc/validate", Map.of("cardholderId", id, "result", "fail"));
        SIM.running().advance(Duration.ofSeconds(90));
        assertThat(SIM.running().cardholderStatus(id)).isEqualTo(2);

        Reply refreshed = SIM.client().post("/cardholders/" + id + "/kyc-url/refresh", null);
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.body().path("applicationLink").asText()).isNotEqualTo(first);
        assertThat(SIM.running().cardholderStatus(id)).as("the refresh after a decline is the re-submission (2 -> 3)")
                .isEqualTo(3);
        assertThat(SIM.client().get("/cardholders/" + id).body().path("cardholder").path("status").asInt())
                .isEqualTo(3);

        Reply validated = SIM.client().post("/staging/kyc/validate", Map.of("cardholderId", id, "result", "pass"));
        assertThat(validated.status()).isEqualTo(200);
        SIM.running().advance(Duration.ofSeconds(90));
        assertThat(SIM.running().cardholderStatus(id)).isEqualTo(1);
    }

    @Test
    void aDeclinedCardholderCanStillBeSubmittedAgainWithoutARefresh() {
        long id = SIM.running().createCardholder();
        SIM.client().put("/cardholders/" + id + "/kyc-submit", null);
        SIM.client().post("/staging/kyc/validate", Map.of("cardholderId", id, "result", "fail"));
        SIM.running().advance(Duration.ofSeconds(90));
        assertThat(SIM.client().put("/cardholders/" + id + "/kyc-submit", null).status()).isEqualTo(200);
        assertThat(SIM.running().cardholderStatus(id)).isEqualTo(3);
        assertThat(SIM.client().post("/cardholders/" + id + "/kyc-url/refresh", null).status()).isEqualTo(200);
        assertThat(SIM.client().put("/cardholders/" + id + "/kyc-submit", null).status()).isEqualTo(409);
    }

    @Test
    void kycEndpointsRefuseTheWrongStates() {
        long id = SIM.running().createCardholder();
        assertThat(SIM.client().post("/cardholders/" + id + "/kyc-url/refresh", null).status()).isEqualTo(409);
        assertThat(SIM.client().post("/staging/kyc/validate", Map.of("cardholderId", id, "result", "pass")).status())
                .isEqualTo(409);
        SIM.client().put("/cardholders/" + id + "/kyc-submit", null);
        assertThat(SIM.client().put("/cardholders/" + id + "/kyc-submit", null).status()).isEqualTo(409);
        Reply maybe = SIM.client().post("/staging/kyc/validate", Map.of("cardholderId", id, "result", "maybe"));
        assertThat(maybe.status()).isEqualTo(422);
        assertThat(maybe.body().path("errors").get(0).path("field").asText()).isEqualTo("result");
    }

    @Test
    void kycSubmitIsRefusedForASumsubCardholder() {
        SIM.running().control().setSumsubEnabled(true);
        Map<String, Object> body = Onboarding.jordan();
        body.put("sumsubEnabled", 1);
        long id = SIM.client().post("/cardholders", body).body().path("cardholderId").asLong();
        Reply reply = SIM.client().put("/cardholders/" + id + "/kyc-submit", null);
        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.body().path("message").asText()).contains("sumsubEnabled=1");
    }

    @Test
    void editWorksOnADraftAndIsLockedOnceApprovedWhileTheLimitedUpdateStillWorks() {
        long draft = SIM.running().createCardholder();
        assertThat(SIM.client().put("/cardholders/" + draft, Map.of("callingCode", "44", "city", "Leeds")).body()
                .path("cardholderId").asLong()).isEqualTo(draft);
        assertThat(SIM.client().get("/cardholders/" + draft).body().path("cardholder").path("city").asText())
                .isEqualTo("Leeds");

        long approved = SIM.running().approvedCardholder();
        assertThat(SIM.client().put("/cardholders/" + approved, Map.of("callingCode", "44")).status()).isEqualTo(409);
        Reply update = SIM.client().put("/cardholders/" + approved + "/update", Map.of("transactionLimit", 20_000));
        assertThat(update.status()).isEqualTo(200);
        assertThat(update.body().path("cardholderId").asLong()).isEqualTo(approved);
        Reply tooHigh = SIM.client().put("/cardholders/" + approved + "/update", Map.of("transactionLimit", 500_001));
        assertThat(tooHigh.status()).isEqualTo(422);
        assertThat(tooHigh.body().path("errors").get(0).path("field").asText()).isEqualTo("transactionLimit");
    }

    @Test
    void listFiltersByStatusCountsAllMatchesAndCapsTheLimit() {
        SIM.running().createCardholder();
        SIM.running().createCardholder();
        SIM.running().createCardholder();
        SIM.running().approvedCardholder();
        Reply drafts = SIM.client().get("/cardholders?status=4&limit=2");
        assertThat(drafts.body().path("total").asInt()).isEqualTo(3);
        assertThat(drafts.body().path("items")).hasSize(2);
        assertThat(drafts.body().path("limit").asInt()).isEqualTo(2);
        assertThat(SIM.client().get("/cardholders?limit=201").status()).isEqualTo(422);
        assertThat(SIM.client().get("/cardholders?limit=200").status()).isEqualTo(200);
    }

    @Test
    void listKeepsOnlyCardholdersCreatedInsideTheBeforeAfterWindow() {
        long early = SIM.running().createCardholder();
        SIM.running().advance(Duration.ofHours(1));
        long middleSecond = SIM.running().control().clock().instant().getEpochSecond();
        long middle = SIM.running().createCardholder();
        SIM.running().advance(Duration.ofHours(1));
        long late = SIM.running().createCardholder();

        assertThat(ids(checked("/cardholders"))).containsExactly(early, middle, late);
        assertThat(ids(checked("/cardholders?after=" + middleSecond + "&before=" + middleSecond)))
                .as("both bounds inclusive at whole seconds").containsExactly(middle);
        assertThat(ids(checked("/cardholders?after=" + (middleSecond + 1)))).containsExactly(late);
        assertThat(ids(checked("/cardholders?before=" + (middleSecond - 1)))).containsExactly(early);
        Reply window = SIM.client().get("/cardholders?status=4&after=" + middleSecond + "&limit=1");
        assertThat(window.body().path("total").asInt()).as("total counts the window's matches").isEqualTo(2);

        for (String bad : new String[] {"before=abc", "after=-5", "after=1.5"}) {
            Reply refused = ContractCheckedCalls.send(SIM.client(), "GET", "/cardholders?" + bad, null, false);
            assertThat(refused.status()).as(bad).isEqualTo(422);
            assertThat(refused.body().path("status").asText()).isEqualTo("error");
            assertThat(refused.body().path("code").asText()).isEqualTo("VALIDATION_FAILED");
            assertThat(refused.body().path("errors").get(0).path("field").asText()).isEqualTo(bad.split("=")[0]);
        }
    }

    private static java.util.List<Long> ids(Reply page) {
        assertThat(page.status()).as("%s", page).isEqualTo(200);
        java.util.List<Long> ids = new java.util.ArrayList<>();
        page.body().path("items").forEach(item -> ids.add(item.path("cardholderId").asLong()));
        return ids;
    }

    /** A valid list call whose answer is also held to the shipped contract. */
    private static Reply checked(String pathAndQuery) {
        return ContractCheckedCalls.send(SIM.client(), "GET", pathAndQuery, null, true);
    }
}
