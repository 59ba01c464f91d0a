package com.axys.golive.client;

import static com.axys.golive.client.TransferOutcome.Decision.FOUND_NOT_RETRIED;
import static com.axys.golive.client.TransferOutcome.Decision.MADE;
import static com.axys.golive.client.TransferOutcome.Decision.REFUSED;
import static com.axys.golive.client.TransferOutcome.Decision.RETRIED_ONCE;
import static com.axys.golive.client.TransferOutcome.Decision.UNRESOLVED;

import com.axys.golive.capture.ContractViolationError;
import com.axys.golive.client.TransferOutcome.Decision;
import io.restassured.response.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The transfer idempotency guard: POST /wallets/transfer is not idempotent and Axys documents no idempotency key, so
 * a transfer is never retried blindly. Each transfer carries a unique reference in its {@code description}. After an
 * ambiguous outcome (5xx, 408, 429, or no answer at all: a timeout or a reset connection) the guard first
 * reconciles, reading GET /wallets/transactions for that reference; only if no such record exists does it send the
 * transfer again, once. Every decision is explained in the {@link TransferOutcome} and logged; the calls themselves
 * are in the run's evidence like any other.
 *
 * <p>An answer that breaks the contract is not understood, so it is treated as ambiguous too: the guard reconciles
 * and decides first, then rethrows the {@link ContractViolationError} so the scenario still fails on it.
 */
public final class TransferGuard {

    static final int TO_CARD = 1;
    /** How long to let an answer-less transfer settle before looking for it. */
    static final Duration SETTLE = Duration.ofSeconds(2);
    /** How far before the first POST the lookup starts, for clock skew between the harness and the target. */
    static final Duration WINDOW_MARGIN = Duration.ofMinutes(10);

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TransferGuard.class);

    /**
     * One transfer. {@code reference} goes in {@code description} and must be unique to this transfer (e.g.
     * {@code golive-<run>-w<wallet>-<n>}): it is how the guard recognises the transfer among the wallet's movements.
     */
    public record Transfer(long sourceWalletId, int destinationType, long destinationId, long amount,
                           String reference) {
        public Transfer {
            if (destinationType != 0 && destinationType != TO_CARD) {
                throw new IllegalArgumentException("destinationType is 0 (wallet) or 1 (card), got " + destinationType);
            }
            if (reference == null || reference.isBlank() || reference.length() > 255) {
                throw new IllegalArgumentException("a guarded transfer needs a unique reference of 1-255 characters"
                        + " for its description; the guard finds the transfer by it");
            }
        }

        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("sourceWalletId", sourceWalletId);
            body.put("destinationType", destinationType);
            body.put("destinationId", destinationId);
            body.put("amount", amount);
            body.put("description", reference);
            return body;
        }
    }

    private final WalletsApi wallets;
    private final Clock targetClock;
    private final Sleeper sleeper;
    private final TransferLookup lookup;

    /**
     * @param targetClock the clock the target stamps records with (the simulator's virtual clock when it is the
     *                    target), for the lookup's time window
     * @param sleeper     how to wait (against the embedded simulator, advancing its virtual clock)
     */
    public TransferGuard(WalletsApi wallets, Clock targetClock, Sleeper sleeper) {
        this.wallets = Objects.requireNonNull(wallets, "wallets");
        this.targetClock = Objects.requireNonNull(targetClock, "targetClock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.lookup = new TransferLookup(wallets, sleeper);
    }

    public TransferOutcome transfer(Transfer transfer) {
        Instant windowStart = targetClock.instant().minus(WINDOW_MARGIN);
        Attempt first = post(transfer);
        if (!first.ambiguous()) {
            return decided(transfer, first.made() ? MADE : REFUSED, first.transId(), first, first,
                    "POST " + first.describe() + (first.made() ? "" : ": refused, nothing was made; not retried"));
        }
        TransferLookup.Found found = lookAfter(transfer, windowStart);
        String lost = "POST " + first.describe() + ", an ambiguous outcome; ";
        if (!found.readable()) {
            return unresolved(transfer, first, first, lost + "could not reconcile (" + found.problem() + ")");
        }
        if (!found.transIds().isEmpty()) {
            return decided(transfer, FOUND_NOT_RETRIED, found.transIds().get(0), first, first, lost
                    + "found committed transfer transId " + found.transIds().get(0) + ", not retrying");
        }
        Attempt second = post(transfer);
        String retried = lost + "no record, retrying once: POST " + second.describe();
        if (!second.ambiguous()) {
            return decided(transfer, second.made() ? RETRIED_ONCE : REFUSED, second.transId(), first, second,
                    retried);
        }
        TransferLookup.Found again = lookAfter(transfer, windowStart);
        if (again.readable() && !again.transIds().isEmpty()) {
            return decided(transfer, FOUND_NOT_RETRIED, again.transIds().get(0), first, second, retried
                    + "; found committed transfer transId " + again.transIds().get(0) + ", not retrying again");
        }
        return unresolved(transfer, first, second, retried + "; " + (again.readable() ? "still no record"
                : "could not reconcile (" + again.problem() + ")"));
    }

    private TransferLookup.Found lookAfter(Transfer transfer, Instant windowStart) {
        sleeper.sleep(SETTLE);
        return lookup.find(transfer, windowStart);
    }

    private Attempt post(Transfer transfer) {
        try {
            return new Attempt(wallets.transfer(transfer.body()), null, null);
        } catch (ContractViolationError notUnderstood) {
            return new Attempt(null, "an answer that breaks the contract", notUnderstood);
        } catch (Exception noAnswer) {
            return new Attempt(null, noAnswer.getClass().getSimpleName(), null);
        }
    }

    private TransferOutcome unresolved(Transfer transfer, Attempt first, Attempt last, String why) {
        return decided(transfer, UNRESOLVED, null, first, last, why + "; not sending it again: check GET "
                + "/wallets/transactions for reference " + transfer.reference() + " before any new attempt");
    }

    /** Logs the decision; then fails on the first answer that broke the contract, or returns the outcome. */
    private TransferOutcome decided(Transfer transfer, Decision decision, Long transId, Attempt first,
                                    Attempt last, String explanation) {
        int posts = first == last ? 1 : 2;
        String text = "transfer " + transfer.reference() + ": " + explanation;
        LOG.atInfo().addKeyValue("transferReference", transfer.reference()).addKeyValue("guardDecision", decision)
                .addKeyValue("transId", transId).addKeyValue("posts", posts).log(text);
        ContractViolationError violation = first.violation() != null ? first.violation() : last.violation();
        if (violation != null) {
            throw violation;
        }
        return new TransferOutcome(decision, transId, posts, last.response(), text);
    }

    /** One POST: its answer, or why it has none (no answer, or one that breaks the contract). */
    private record Attempt(Response response, String failure, ContractViolationError violation) {

        boolean made() {
            return response != null && response.statusCode() >= 200 && response.statusCode() < 300;
        }

        boolean ambiguous() {
            if (response == null) {
                return true;
            }
            int status = response.statusCode();
            return status == 408 || status == 429 || status >= 500;
        }

        Long transId() {
            return made() && response.jsonPath().get("transId") instanceof Number id ? id.longValue() : null;
        }

        String describe() {
            if (response == null) {
                return violation != null ? "got " + failure : "got no answer (" + failure + ")";
            }
            return "answered HTTP " + response.statusCode() + (made() ? ": transfer transId " + transId() + " made"
                    : "");
        }
    }
}
