package com.axys.golive.simulator.domain;

import java.time.Instant;
import java.util.Objects;

/** A recorded KYC outcome that the cardholder shows once the virtual clock reaches {@code visibleAt}. */
public record KycReview(CardholderStatus outcome, Instant visibleAt) {
    public KycReview {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(visibleAt, "visibleAt");
        if (!outcome.reviewOutcome()) {
            throw new IllegalArgumentException("a KYC review ends in 1, 2, 6 or 7, not " + outcome);
        }
    }

    public boolean dueAt(Instant now) {
        return !now.isBefore(visibleAt);
    }
}
