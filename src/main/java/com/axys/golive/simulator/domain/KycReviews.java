package com.axys.golive.simulator.domain;

import java.time.Clock;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The KYC review on the virtual clock. kyc-submit moves a cardholder to Under Review (3) with a hosted KYC link; an
 * outcome recorded by {@code /staging/kyc/validate} or forced through the control surface becomes the cardholder's
 * status once the Program's review delay has passed. Without an outcome the cardholder stays 3.
 */
public final class KycReviews {

    private static final Pattern RESULT = Pattern.compile("pass|fail");

    private final AxysStore store;
    private final Clock clock;
    private final Supplier<? extends ProgramRules> program;
    private final CardDataGenerator generator;
    private final CardholderOperations cardholders;

    KycReviews(AxysStore store, Clock clock, Supplier<? extends ProgramRules> program, CardDataGenerator generator,
               CardholderOperations cardholders) {
        this.store = store;
        this.clock = clock;
        this.program = program;
        this.generator = generator;
        this.cardholders = cardholders;
    }

    /** PUT /cardholders/{id}/kyc-submit: from 4, or again from 2, 6, 7; refused for SumSub cardholders. */
    public Result<Cardholder> submit(long cardholderId) {
        return store.locked(() -> cardholders.find(cardholderId).flatMap(holder -> {
            if (holder.sumsubEnabled()) {
                return refuse("cardholder " + cardholderId + " was created with sumsubEnabled=1: it is verified "
                        + "through SumSub, not kyc-submit");
            }
            if (!holder.status().submittable()) {
                return refuse("cardholder " + cardholderId + " is in status " + holder.status()
                        + "; kyc-submit is accepted only in status 4, or as a re-submission in 2, 6 or 7");
            }
            return Result.ok(store.put(holder.submitted(generator.kycApplicationLink(), clock.instant(),
                    program.get().reviewDelay())));
        }));
    }

    /**
     * POST /cardholders/{id}/kyc-url/refresh: a new link while under review (3); after a decline (2) it is the
     * documented re-submission (lifecycle "2 → 3, regenerate the KYC URL"; the sandbox guide's "force a decline,
     * refresh, force a pass"): the cardholder moves to Under Review with the new link and is submitted now, exactly as
     * kyc-submit submits it (an armed outcome is recorded, an earlier pending one dropped).
     */
    public Result<Cardholder> refreshLink(long cardholderId) {
        return store.locked(() -> cardholders.find(cardholderId).flatMap(holder -> {
            CardholderStatus status = holder.status();
            if (status == CardholderStatus.COMPLIANCE_DECLINE) {
                return Result.ok(store.put(holder.submitted(generator.kycApplicationLink(), clock.instant(),
                        program.get().reviewDelay())));
            }
            if (status != CardholderStatus.UNDER_REVIEW) {
                return refuse("cardholder " + cardholderId + " is in status " + status
                        + "; a KYC link can be refreshed only in status 3, or in 2 as the re-submission");
            }
            return Result.ok(store.put(holder.withApplicationLink(generator.kycApplicationLink())));
        }));
    }

    /** POST /staging/kyc/validate: {@code {cardholderId, result: "pass"|"fail"}} for a cardholder in 3. */
    public Result<Cardholder> validate(Fields body) {
        FieldRules rules = new FieldRules(body);
        Long cardholderId = rules.requiredInteger("cardholderId", 1, Long.MAX_VALUE, "integer > 0");
        String result = rules.requiredPattern("result", RESULT, "\"pass\" or \"fail\"");
        return rules.result(() -> cardholderId).flatMap(id -> record(id,
                "pass".equals(result) ? CardholderStatus.APPROVED : CardholderStatus.COMPLIANCE_DECLINE));
    }

    /**
     * Records {@code outcome} (1, 2, 6 or 7) for a cardholder under review; it shows once the review delay passes.
     * For a cardholder not yet under review the outcome is armed and recorded at its next kyc-submit.
     */
    public Result<Cardholder> force(long cardholderId, CardholderStatus outcome) {
        if (!outcome.reviewOutcome()) {
            throw new IllegalArgumentException("a KYC outcome is 1, 2, 6 or 7, not " + outcome);
        }
        return store.locked(() -> cardholders.find(cardholderId).map(holder ->
                holder.status() == CardholderStatus.UNDER_REVIEW ? store.put(recorded(holder, outcome))
                        : store.put(holder.withArmedOutcome(outcome))));
    }

    private Result<Cardholder> record(long cardholderId, CardholderStatus outcome) {
        return store.locked(() -> cardholders.find(cardholderId).flatMap(holder -> {
            if (holder.status() != CardholderStatus.UNDER_REVIEW) {
                return refuse("cardholder " + cardholderId + " is in status " + holder.status()
                        + "; /staging/kyc/validate needs status 3 (call kyc-submit first)");
            }
            return Result.ok(store.put(recorded(holder, outcome)));
        }));
    }

    private Cardholder recorded(Cardholder holder, CardholderStatus outcome) {
        return holder.withPendingReview(new KycReview(outcome, clock.instant().plus(program.get().reviewDelay())));
    }

    private static Result<Cardholder> refuse(String message) {
        return Result.failed(DomainError.invalidState(message));
    }
}
