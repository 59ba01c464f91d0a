package com.axys.golive.simulator.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A cardholder as the simulated Program holds it. Immutable: every change makes a new instance.
 *
 * @param transactionLimit the cardholder's limit, decimal-implied; inherited from the Program ceiling when not given
 * @param applicationLink  the current KYC session URL, {@code null} before the first kyc-submit
 * @param pendingReview    an outcome recorded but not yet visible, or {@code null}
 * @param armedOutcome     an outcome forced (control surface) before the cardholder was under review: it is recorded
 *                         at the next kyc-submit; {@code null} when none
 */
public record Cardholder(long cardholderId, CardholderStatus status, PersonalDetails details, boolean sumsubEnabled,
                         long transactionLimit, Instant dateCreated, String applicationLink, KycReview pendingReview,
                         CardholderStatus armedOutcome) {

    public Cardholder {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(dateCreated, "dateCreated");
    }

    public Cardholder withStatus(CardholderStatus newStatus) {
        return new Cardholder(cardholderId, newStatus, details, sumsubEnabled, transactionLimit, dateCreated,
                applicationLink, pendingReview, armedOutcome);
    }

    public Cardholder withDetails(PersonalDetails newDetails, boolean newSumsub, long newLimit) {
        return new Cardholder(cardholderId, status, newDetails, newSumsub, newLimit, dateCreated, applicationLink,
                pendingReview, armedOutcome);
    }

    /** Under review with a fresh KYC link; any earlier pending outcome is dropped, an armed one is recorded. */
    public Cardholder submitted(String link, Instant now, Duration reviewDelay) {
        KycReview review = armedOutcome == null ? null : new KycReview(armedOutcome, now.plus(reviewDelay));
        return new Cardholder(cardholderId, CardholderStatus.UNDER_REVIEW, details, sumsubEnabled, transactionLimit,
                dateCreated, link, review, null);
    }

    public Cardholder withApplicationLink(String link) {
        return new Cardholder(cardholderId, status, details, sumsubEnabled, transactionLimit, dateCreated, link,
                pendingReview, armedOutcome);
    }

    public Cardholder withPendingReview(KycReview review) {
        return new Cardholder(cardholderId, status, details, sumsubEnabled, transactionLimit, dateCreated,
                applicationLink, review, armedOutcome);
    }

    public Cardholder withArmedOutcome(CardholderStatus outcome) {
        return new Cardholder(cardholderId, status, details, sumsubEnabled, transactionLimit, dateCreated,
                applicationLink, pendingReview, outcome);
    }

    /** This cardholder as seen at {@code now}: a pending outcome whose time has come becomes the status. */
    public Cardholder settledAt(Instant now) {
        if (pendingReview == null || !pendingReview.dueAt(now)) {
            return this;
        }
        return new Cardholder(cardholderId, pendingReview.outcome(), details, sumsubEnabled, transactionLimit,
                dateCreated, applicationLink, null, armedOutcome);
    }

    @Override
    public String toString() {
        return "Cardholder[" + cardholderId + ", status " + status + "]";
    }
}
