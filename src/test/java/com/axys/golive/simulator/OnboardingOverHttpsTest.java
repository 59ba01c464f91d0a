package com.axys.golive.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.simulator.TestClient.Reply;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cardholder onboarding and the KYC review, end to end over mTLS. */
final class OnboardingOverHttpsTest {

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

    @Test
    void happyOnboardingEndsApprovedOnceTheReviewDelayHasPassed() {
        Reply created = client.post("/cardholders", Onboarding.jordan());
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.body().path("status").asText()).isEqualTo("success");
        long id = created.body().path("cardholderId").asLong();
        assertThat(sim.cardholderStatus(id)).isEqualTo(4);

        Reply submitted = client.put("/cardholders/" + id + "/kyc-submit", null);
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.body().path("applicationLink").asText())
                .matches("https://verify\\.didit\\.example/session/[a-z0-9]+");
        assertThat(sim.cardholderStatus(id)).isEqualTo(3);

        Reply validated = client.post("/staging/kyc/validate", Map.of("cardholderId", id, "result", "pass"));
        assertThat(validated.body().toString()).isEqualTo("{\"status\":\"success\",\"result\":{}}");
        assertThat(sim.cardholderStatus(id)).isEqualTo(3);

        sim.advance(Duration.ofSeconds(90));
        assertThat(sim.cardholderStatus(id)).isEqualTo(1);
    }

    @Test
    void getCardholderNestsTheCardholderBesideTheEnvelopeStatus() {
        long id = sim.createCardholder();
        Reply reply = client.get("/cardholders/" + id);
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
        long id = sim.createCardholder();
        String first = client.put("/cardholders/" + id + "/kyc-submit", null).body().path("applicationLink").asText();
        client.post("/staging/kyc/validate", Map.of("cardholderId", id, "result", "fail"));
        sim.advance(Duration.ofSeconds(90));
        assertThat(sim.cardholderStatus(id)).isEqualTo(2);

        Reply refreshed = client.post("/cardholders/" + id + "/kyc-url/refresh", null);
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.body().path("applicationLink").asText()).isNotEqualTo(first);

        assertThat(client.put("/cardholders/" + id + "/kyc-submit", null).status()).isEqualTo(200);
        client.post("/staging/kyc/validate", Map.of("cardholderId", id, "result", "pass"));
        sim.advance(Duration.ofSeconds(90));
        assertThat(sim.cardholderStatus(id)).isEqualTo(1);
    }

    @Test
    void kycEndpointsRefuseTheWrongStates() {
        long id = sim.createCardholder();
        assertThat(client.post("/cardholders/" + id + "/kyc-url/refresh", null).status()).isEqualTo(409);
        assertThat(client.post("/staging/kyc/validate", Map.of("cardholderId", id, "result", "pass")).status())
                .isEqualTo(409);
        client.put("/cardholders/" + id + "/kyc-submit", null);
        assertThat(client.put("/cardholders/" + id + "/kyc-submit", null).status()).isEqualTo(409);
        Reply maybe = client.post("/staging/kyc/validate", Map.of("cardholderId", id, "result", "maybe"));
        assertThat(maybe.status()).isEqualTo(422);
        assertThat(maybe.body().path("errors").get(0).path("field").asText()).isEqualTo("result");
    }

    @Test
    void kycSubmitIsRefusedForASumsubCardholder() {
        sim.control().setSumsubEnabled(true);
        Map<String, Object> body = Onboarding.jordan();
        body.put("sumsubEnabled", 1);
        long id = client.post("/cardholders", body).body().path("cardholderId").asLong();
        Reply reply = client.put("/cardholders/" + id + "/kyc-submit", null);
        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.body().path("message").asText()).contains("sumsubEnabled=1");
    }

    @Test
    void editWorksOnADraftAndIsLockedOnceApprovedWhileTheLimitedUpdateStillWorks() {
        long draft = sim.createCardholder();
        assertThat(client.put("/cardholders/" + draft, Map.of("callingCode", "44", "city", "Leeds")).body()
                .path("cardholderId").asLong()).isEqualTo(draft);
        assertThat(client.get("/cardholders/" + draft).body().path("cardholder").path("city").asText())
                .isEqualTo("Leeds");

        long approved = sim.approvedCardholder();
        assertThat(client.put("/cardholders/" + approved, Map.of("callingCode", "44")).status()).isEqualTo(409);
        Reply update = client.put("/cardholders/" + approved + "/update", Map.of("transactionLimit", 20_000));
        assertThat(update.status()).isEqualTo(200);
        assertThat(update.body().path("cardholderId").asLong()).isEqualTo(approved);
        Reply tooHigh = client.put("/cardholders/" + approved + "/update", Map.of("transactionLimit", 500_001));
        assertThat(tooHigh.status()).isEqualTo(422);
        assertThat(tooHigh.body().path("errors").get(0).path("field").asText()).isEqualTo("transactionLimit");
    }

    @Test
    void listFiltersByStatusCountsAllMatchesAndCapsTheLimit() {
        sim.createCardholder();
        sim.createCardholder();
        sim.createCardholder();
        sim.approvedCardholder();
        Reply drafts = client.get("/cardholders?status=4&limit=2");
        assertThat(drafts.body().path("total").asInt()).isEqualTo(3);
        assertThat(drafts.body().path("items")).hasSize(2);
        assertThat(drafts.body().path("limit").asInt()).isEqualTo(2);
        assertThat(client.get("/cardholders?limit=201").status()).isEqualTo(422);
        assertThat(client.get("/cardholders?limit=200").status()).isEqualTo(200);
    }
}
