package com.axys.golive.simulator.domain;

import static com.axys.golive.simulator.domain.TestAxys.error;
import static com.axys.golive.simulator.domain.TestAxys.json;
import static com.axys.golive.simulator.domain.TestAxys.validCardholder;
import static com.axys.golive.simulator.domain.TestAxys.value;
import static com.axys.golive.simulator.domain.TestAxys.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

final class KycReviewsTest {

    private final TestAxys sim = new TestAxys();
    private final KycReviews kyc = sim.axys.kyc();

    private CardholderStatus statusOf(long id) {
        return value(sim.axys.cardholders().get(id)).status();
    }

    @Test
    void submitMovesADraftUnderReviewWithAKycLink() {
        long id = sim.draftCardholder();
        Cardholder submitted = value(kyc.submit(id));
        assertThat(submitted.status()).isEqualTo(CardholderStatus.UNDER_REVIEW);
        assertThat(submitted.applicationLink()).startsWith("https://verify.didit.example/session/");
    }

    @Test
    void passBecomesVisibleOnlyAfterTheReviewDelay() {
        long id = sim.draftCardholder();
        value(kyc.submit(id));
        value(kyc.validate(json("cardholderId", id, "result", "pass")));
        sim.advance(Duration.ofSeconds(89));
        assertThat(statusOf(id)).isEqualTo(CardholderStatus.UNDER_REVIEW);
        sim.advance(Duration.ofSeconds(1));
        assertThat(statusOf(id)).isEqualTo(CardholderStatus.APPROVED);
    }

    @Test
    void withoutAnOutcomeTheCardholderStaysUnderReview() {
        long id = sim.draftCardholder();
        value(kyc.submit(id));
        sim.advance(Duration.ofHours(6));
        assertThat(statusOf(id)).isEqualTo(CardholderStatus.UNDER_REVIEW);
    }

    @Test
    void refreshAfterADeclineIsTheResubmissionAndAPassThenApproves() {
        long id = sim.cardholderIn(CardholderStatus.COMPLIANCE_DECLINE);
        String oldLink = value(sim.axys.cardholders().get(id)).applicationLink();
        Cardholder refreshed = value(kyc.refreshLink(id));
        assertThat(refreshed.applicationLink()).startsWith("https://verify.didit.example/session/")
                .isNotEqualTo(oldLink);
        assertThat(refreshed.status()).isEqualTo(CardholderStatus.UNDER_REVIEW);
        assertThat(statusOf(id)).isEqualTo(CardholderStatus.UNDER_REVIEW);
        value(kyc.validate(json("cardholderId", id, "result", "pass")));
        sim.advance(Duration.ofSeconds(89));
        assertThat(statusOf(id)).isEqualTo(CardholderStatus.UNDER_REVIEW);
        sim.advance(Duration.ofSeconds(1));
        assertThat(statusOf(id)).isEqualTo(CardholderStatus.APPROVED);
    }

    @Test
    void kycSubmitStraightAfterADeclineIsStillTheOtherWayToResubmit() {
        long id = sim.cardholderIn(CardholderStatus.COMPLIANCE_DECLINE);
        assertThat(value(kyc.submit(id)).status()).isEqualTo(CardholderStatus.UNDER_REVIEW);
        assertThat(error(kyc.submit(id)).kind()).isEqualTo(ErrorKind.INVALID_STATE);
    }

    @Test
    void anOutcomeForcedAfterADeclineIsRecordedWhenTheRefreshResubmits() {
        long id = sim.cardholderIn(CardholderStatus.COMPLIANCE_DECLINE);
        value(kyc.force(id, CardholderStatus.APPROVED));
        sim.advance(Duration.ofMinutes(5));
        assertThat(statusOf(id)).isEqualTo(CardholderStatus.COMPLIANCE_DECLINE);
        value(kyc.refreshLink(id));
        sim.advance(Duration.ofSeconds(89));
        assertThat(statusOf(id)).isEqualTo(CardholderStatus.UNDER_REVIEW);
        sim.advance(Duration.ofSeconds(1));
        assertThat(statusOf(id)).isEqualTo(CardholderStatus.APPROVED);
    }

    @Test
    void refreshWhileUnderReviewKeepsTheReviewAndItsPendingOutcome() {
        long id = sim.draftCardholder();
        String oldLink = value(kyc.submit(id)).applicationLink();
        value(kyc.validate(json("cardholderId", id, "result", "pass")));
        sim.advance(Duration.ofSeconds(60));
        Cardholder refreshed = value(kyc.refreshLink(id));
        assertThat(refreshed.applicationLink()).isNotEqualTo(oldLink);
        assertThat(refreshed.status()).isEqualTo(CardholderStatus.UNDER_REVIEW);
        sim.advance(Duration.ofSeconds(30));
        assertThat(statusOf(id)).isEqualTo(CardholderStatus.APPROVED);
    }

    @Test
    void resubmissionIsAcceptedFromErrorAndAdminDecline() {
        assertThat(value(kyc.submit(sim.cardholderIn(CardholderStatus.ERROR))).status())
                .isEqualTo(CardholderStatus.UNDER_REVIEW);
        assertThat(value(kyc.submit(sim.cardholderIn(CardholderStatus.ADMIN_DECLINE))).status())
                .isEqualTo(CardholderStatus.UNDER_REVIEW);
    }

    @Test
    void submitIsRefusedWhenApprovedOrAlreadyUnderReview() {
        long approved = sim.cardholderIn(CardholderStatus.APPROVED);
        assertThat(error(kyc.submit(approved)).kind()).isEqualTo(ErrorKind.INVALID_STATE);
        long underReview = sim.draftCardholder();
        value(kyc.submit(underReview));
        assertThat(error(kyc.submit(underReview)).kind()).isEqualTo(ErrorKind.INVALID_STATE);
    }

    @Test
    void submitIsRefusedForASumsubCardholder() {
        sim.program(program -> program.withSumsubEnabled(true));
        long id = value(sim.axys.cardholders().create(json(with(validCardholder(), "sumsubEnabled", 1))))
                .cardholderId();
        assertThat(error(kyc.submit(id)).message()).contains("sumsubEnabled=1");
    }

    @Test
    void refreshIsRefusedForADraftAndOtherStates() {
        assertThat(error(kyc.refreshLink(sim.draftCardholder())).kind()).isEqualTo(ErrorKind.INVALID_STATE);
        assertThat(error(kyc.refreshLink(sim.cardholderIn(CardholderStatus.APPROVED))).kind())
                .isEqualTo(ErrorKind.INVALID_STATE);
        assertThat(error(kyc.refreshLink(sim.cardholderIn(CardholderStatus.ERROR))).kind())
                .isEqualTo(ErrorKind.INVALID_STATE);
    }

    @Test
    void validateNeedsUnderReviewAndAKnownResult() {
        long draft = sim.draftCardholder();
        assertThat(error(kyc.validate(json("cardholderId", draft, "result", "pass"))).kind())
                .isEqualTo(ErrorKind.INVALID_STATE);
        value(kyc.submit(draft));
        assertThat(error(kyc.validate(json("cardholderId", draft, "result", "maybe"))).fieldErrors())
                .containsExactly(new FieldError("result", "\"pass\" or \"fail\""));
        assertThat(error(kyc.validate(json("cardholderId", 4242, "result", "pass"))).kind())
                .isEqualTo(ErrorKind.NOT_FOUND);
    }

    @Test
    void anOutcomeForcedBeforeSubmissionIsRecordedAtSubmission() {
        long id = sim.draftCardholder();
        value(kyc.force(id, CardholderStatus.ADMIN_DECLINE));
        sim.advance(Duration.ofMinutes(5));
        value(kyc.submit(id));
        assertThat(statusOf(id)).isEqualTo(CardholderStatus.UNDER_REVIEW);
        sim.advance(Duration.ofSeconds(90));
        assertThat(statusOf(id)).isEqualTo(CardholderStatus.ADMIN_DECLINE);
    }

    @Test
    void theReviewDelayFollowsTheProgram() {
        sim.program(program -> program.withReviewDelay(Duration.ZERO));
        long id = sim.draftCardholder();
        value(kyc.submit(id));
        value(kyc.force(id, CardholderStatus.ERROR));
        assertThat(statusOf(id)).isEqualTo(CardholderStatus.ERROR);
    }

    @Test
    void forcingAStatusThatIsNoOutcomeIsAProgrammingError() {
        long id = sim.draftCardholder();
        assertThatThrownBy(() -> kyc.force(id, CardholderStatus.DELETED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1, 2, 6 or 7");
    }
}
