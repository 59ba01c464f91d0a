package com.axys.golive.steps;

import com.axys.golive.client.StatusPoller;
import com.axys.golive.launch.TargetAware;
import com.axys.golive.launch.TestCardholder;
import com.axys.golive.launch.TestCardholderIdentity;
import com.axys.golive.launch.VerificationRun;
import com.axys.golive.run.PendingOnTarget;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import com.axys.golive.client.JsonAnswer;
import io.restassured.response.Response;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.opentest4j.TestAbortedException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runbook's Phase 3 tests 2-8 (features/phase3): one test cardholder per run, created by test 2 and reused by the
 * later tests through the run's {@link VerificationRun}, so that production holds one test cardholder and one card per
 * verification and a person approves one identity check. A test whose earlier test did not leave what it needs is
 * aborted (reported as skipped, and as "not run" in the pass-criteria table) rather than failed twice.
 *
 * <p>Never in a step's text, an assertion description or a notice: the application link (a bearer URL; only its host
 * is kept), the card number or the security code.
 */
public final class ProductionVerificationSteps {

    private final World world;

    public ProductionVerificationSteps(World world) {
        this.world = world;
    }

    @When("{word} is created as this run's test cardholder, identified as internal test data")
    public void isCreatedAsTheTestCardholder(String persona) {
        Map<String, Object> body = Personas.cardholder(persona, world.nextTestIdentity());
        body.put("lastName", TestCardholderIdentity.LAST_NAME);
        body.put("emailAdr", TestCardholderIdentity.email(world.session().evidence().runId()));
        Response created = world.remember(world.api().cardholders().create(body));
        Object id = created.statusCode() == 200 ? JsonAnswer.of(created).get("cardholderId") : null;
        if (id instanceof Number number) {
            world.nameCardholder(persona, number.longValue());
            verification().testCardholderCreated(persona, number.longValue());
        }
    }

    @Then("{word}'s cardholderId is returned and kept for cleanup")
    public void cardholderIdIsKept(String persona) {
        assertThat(verification().testCardholder(persona)).as("cardholderId of the test cardholder %s, returned by"
                + " POST /cardholders", persona).hasValueSatisfying(id -> assertThat(id).isPositive());
    }

    @Given("{word} is the test cardholder created in test 2")
    public void isTheTestCardholder(String persona) {
        world.nameCardholder(persona, testCardholder(persona));
    }

    @Then("a compliance application link is returned, of which only the host is kept")
    public void applicationLinkReturned() {
        Response submitted = world.last();
        assertThat(submitted.statusCode()).as("kyc-submit status").isEqualTo(200);
        String link = JsonAnswer.of(submitted).getString("applicationLink");
        String host = httpsHost(link);
        assertThat(host != null).as("applicationLink is an https URL with a host (the link itself is a bearer URL"
                + " and is not shown)").isTrue();
        verification().applicationLinkReturned(host, KycLinkPrint.of(link));
    }

    @Given("{word} is the test cardholder submitted to compliance in test 3")
    public void isSubmittedInTest3(String persona) {
        long id = held(persona).cardholderId();
        world.nameCardholder(persona, id);
        if (verification().applicationLinkHost().isEmpty()) {
            throw new TestAbortedException("needs the application link test 3 returns, and test 3 got none");
        }
        CardholderStatus status = status(id);
        if (status != CardholderStatus.UNDER_REVIEW && status != CardholderStatus.APPROVED) {
            throw new TestAbortedException("needs " + persona + " under compliance review; found " + status
                    + ", so test 3 did not pass");
        }
    }

    /**
     * Phase 3 test 4: waits for the end of the test cardholder's compliance review, on every target, without the
     * feature naming one.
     * <ul>
     *   <li><b>Production, staging, any real target:</b> a person completes the identity check through the
     *   application link with a real identity document (staging approvals do not transfer). The step tells the
     *   operator the cardholderId, the link's host and where the link is (test 3's kyc-submit answer, or a new one
     *   from the documented POST /cardholders/{id}/kyc-url/refresh while in status 3; the link is a bearer URL and is
     *   never shown, and GET /cardholders/{id} is not documented to carry it), then polls
     *   GET /cardholders/{id} on the standard backoff schedule until the status leaves Under Review (3) or the
     *   review deadline ({@code verify-production --review-wait-minutes}) passes.</li>
     *   <li><b>Embedded simulator:</b> nobody can open the link, so the simulator's control surface is told to
     *   approve (status 1), and the poll runs on its virtual clock; the operator still sees the launch-day notice,
     *   so the rehearsal shows it.</li>
     * </ul>
     * The following step asserts the outcome (Approved); a decline fails test 4. A review still running when the
     * deadline passes is pending on the target, not failed: the test cardholder is carried into
     * {@code verify-production --continue RUN}, which polls the same cardholder instead of creating another.
     */
    @TargetAware("embedded simulator: forces the approval through the control surface; any other target: waits for"
            + " a person to complete the identity check")
    @When("the compliance review of {word} completes")
    public void complianceReviewCompletes(String persona) {
        long id = world.cardholder(persona);
        VerificationRun verification = verification();
        StatusPoller poller;
        boolean simulated = world.session().simulator().isPresent();
        if (simulated) {
            verification.tellOperator("Rehearsal: the embedded simulator approves test 4 itself. On launch day the"
                    + " harness says: " + verification.identityCheckNotice(id));
            if (status(id) == CardholderStatus.UNDER_REVIEW) {
                world.simulatorControl().forceKycOutcome(id, CardholderStatus.APPROVED.code());
            }
            poller = world.session().poller();
        } else {
            verification.adoptedFrom().ifPresent(run -> verification.tellOperator("Continues run " + run + ": its"
                    + " test cardholder " + id + " is polled again; no new cardholder is created."));
            verification.tellOperator(verification.identityCheckNotice(id));
            poller = world.session().poller(StatusPoller.Schedule.standard(verification.reviewDeadline()));
        }
        java.time.Instant since = world.session().clock().instant();
        StatusPoller.Outcome<CardholderStatus> outcome = poller.until(() -> status(id),
                s -> s != CardholderStatus.UNDER_REVIEW);
        if (!outcome.satisfied() && !simulated) {
            verification.reviewStillRunning();
            throw new PendingOnTarget("the compliance review of test cardholder " + id + " (a person completing the"
                    + " identity check)", since, Map.of("cardholderId", id), outcome.last(), outcome.probes(),
                    verification.reviewDeadline(), "--review-wait");
        }
        assertThat(outcome.satisfied()).as("the compliance review of cardholderId %d ended within the deadline (%d"
                + " polls over %s, still %s)", id, outcome.probes(), outcome.waited(), outcome.last()).isTrue();
        verification.reviewCompleted((simulated ? "rehearsal: the embedded simulator was told to approve"
                : "review ended in " + outcome.last() + " after " + outcome.probes() + " polls over "
                + outcome.waited().toMinutes() + " min") + verification.adoptedFrom().map(run -> "; continues run "
                + run + ": cardholderId " + id + " adopted from it, not created again").orElse(""));
    }

    @Given("{word} is the test cardholder approved in test 4")
    public void isApprovedInTest4(String persona) {
        long id = held(persona).cardholderId();
        world.nameCardholder(persona, id);
        waitsOnTest4(id);
        CardholderStatus status = status(id);
        if (status != CardholderStatus.APPROVED) {
            throw new TestAbortedException("needs " + persona + " approved; found " + status
                    + ", so test 4 did not pass");
        }
    }

    @Then("the card shown has a cardId and deposit addresses")
    public void cardShownHasIdAndAddresses() {
        JsonAnswer card = JsonAnswer.of(world.last());
        Object id = card.get("cardId");
        assertThat(id).as("cardId of the issued card").isInstanceOf(Number.class);
        List<Map<String, Object>> addresses = card.getList("cryptoAddresses");
        List<String> chains = addresses == null ? List.of() : addresses.stream().map(a -> a.get("chain"))
                .filter(Objects::nonNull).map(String::valueOf).toList();
        verification().cardIssued(((Number) id).longValue(), chains);
        assertThat(addresses).as("cryptoAddresses of the issued card").isNotNull().isNotEmpty()
                .allSatisfy(a -> assertThat(a).as("a deposit address with its chain").containsKeys("chain", "address"));
    }

    @Given("{word} holds the virtual card issued in test 5")
    public void holdsTheCardOfTest5(String persona) {
        long id = held(persona).cardholderId();
        world.nameCardholder(persona, id);
        waitsOnTest4(id);
        long card = verification().card().orElseThrow(() -> new TestAbortedException(
                "needs the virtual card test 5 issues, and test 5 issued none"));
        world.nameCard(persona + "'s virtual card", card);
    }

    @When("the transactions of {card} are listed")
    public void transactionsAreListed(String card) {
        world.remember(world.api().cards().transactions(Map.of("cardId", world.card(card))));
    }

    @Then("every transaction listed belongs to {card}")
    public void everyTransactionBelongsTo(String card) {
        long cardId = world.card(card);
        List<Long> listed = JsonAnswer.of(world.last()).getList("items.cardId", Long.class);
        assertThat(listed).as("cardId of each transaction listed with the filter cardId=%d", cardId).isNotNull()
                .allSatisfy(id -> assertThat(id).isEqualTo(cardId));
        verification().transactionsListed(listed.size());
    }

    private VerificationRun verification() {
        return VerificationRun.of(world.session());
    }

    /**
     * The test cardholder, carried: a test left pending hands it to {@code verify-production --continue}, which adopts
     * it instead of creating another cardholder in production (ids, link host and fingerprint; never the link).
     */
    private TestCardholder held(String persona) {
        TestCardholder held = world.carry("test-cardholder:" + persona, TestCardholder.class,
                () -> verification().heldTestCardholder(persona).orElseThrow(() -> missing(persona)));
        world.session().tracker().continuedFrom().ifPresent(run -> verification().testCardholderAdopted(held, run));
        return held;
    }

    /** A test after test 4 whose review is still running waits on it: pending on the target, as test 4 is. */
    private void waitsOnTest4(long cardholderId) {
        if (verification().reviewPending()) {
            throw new PendingOnTarget("test 4's compliance review of test cardholder " + cardholderId, world.session()
                    .clock().instant(), Map.of("cardholderId", cardholderId), CardholderStatus.UNDER_REVIEW, 0,
                    verification().reviewDeadline(), "--review-wait");
        }
    }

    private long testCardholder(String persona) {
        return verification().testCardholder(persona).orElseThrow(() -> missing(persona));
    }

    private static TestAbortedException missing(String persona) {
        return new TestAbortedException("needs the test cardholder " + persona + " that test 2 creates, and test 2"
                + " created none in this run; run the Phase 3 tests together (golive verify-production)");
    }

    private CardholderStatus status(long cardholderId) {
        Response r = world.api().cardholders().get(cardholderId);
        assertThat(r.statusCode()).as("GET cardholder status").isEqualTo(200);
        return CardholderStatus.of(JsonAnswer.of(r).getInt("cardholder.status"));
    }

    /** The host of an https URL, or null: the only part of an application link the harness keeps. */
    private static String httpsHost(String link) {
        if (link == null) {
            return null;
        }
        try {
            URI uri = new URI(link);
            return "https".equalsIgnoreCase(uri.getScheme()) ? uri.getHost() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
