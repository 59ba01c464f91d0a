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
import java.util.Optional;

/**
 * The transfer idempotency guard: POST /wallets/transfer is not idempotent and Axys documents no idempotency key, so
 * a transfer is never retried blindly. Each transfer carries a unique reference in its {@code description}. After an
 * ambiguous outcome (5xx, 408, 429, or no answer at all: a timeout or a reset connection) the guard reconciles: it
 * reads GET /wallets/transactions for that reference at once and on through a {@link SettleWindow} (a made transfer
 * may be listed late). It sends the transfer again, once, only when the window passed with no record in a list
 * that is seen to echo references; when the list carries no descriptions, or shows a movement of the same amount and
 * destination without one, or cannot be read, the outcome is {@code UNRESOLVED}, naming what a person must check,
 * and nothing is sent again. Every decision is explained in the {@link TransferOutcome} and logged; the calls
 * themselves are in the run's evidence like any other.
 *
 * <p>An answer that breaks the contract is not understood, so it is treated as ambiguous too: the guard reconciles
 * and decides first, then rethrows the {@link ContractViolationError} so the scenario still fails on it.
 */
public final class TransferGuard {

    static final int TO_CARD = 1;
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
    private final SettleWindow settle;

    /** A guard with the {@link SettleWindow#standard() standard} settle window. */
    public TransferGuard(WalletsApi wallets, Clock targetClock, Sleeper sleeper) {
        this(wallets, targetClock, sleeper, SettleWindow.standard());
    }

    /**
     * @param targetClock the clock the target stamps records with (the simulator's virtual clock when it is the
     *                    target), for the lookup's time window
     * @param sleeper     how to wait (against the embedded simulator, advancing its virtual clock)
     * @param settle      how long to keep reading after an ambiguous answer before a re-post may be considered
     */
    public TransferGuard(WalletsApi wallets, Clock targetClock, Sleeper sleeper, SettleWindow settle) {
        this.wallets = Objects.requireNonNull(wallets, "wallets");
        this.targetClock = Objects.requireNonNull(targetClock, "targetClock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.lookup = new TransferLookup(wallets, sleeper);
        this.settle = Objects.requireNonNull(settle, "settle");
    }

    public TransferOutcome transfer(Transfer transfer) {
        Instant windowStart = targetClock.instant().minus(WINDOW_MARGIN);
        Attempt first = post(transfer);
        if (!first.ambiguous()) {
            return decided(transfer, first.made() ? MADE : REFUSED, first.transId(), first, first,
                    "POST " + first.describe() + (first.made() ? "" : ": refused, nothing was made; not retried"));
        }
        String lost = "POST " + first.describe() + ", an ambiguous outcome; ";
        TransferLookup.Found found = settle(transfer, windowStart);
        if (!found.transIds().isEmpty()) {
            return decided(transfer, FOUND_NOT_RETRIED, found.transIds().get(0), first, first, lost
                    + "found committed transfer transId " + found.transIds().get(0) + ", not retrying");
        }
        Optional<String> undecidable = undecidable(transfer, found);
        if (undecidable.isPresent()) {
            return unresolved(transfer, windowStart, first, first, lost + undecidable.get());
        }
        Attempt second = post(transfer);
        String retried = lost + "no record, retrying once (none within the " + settle.length().toSeconds()
                + " s settle window, in a list that echoes references): POST " + second.describe();
        if (!second.ambiguous()) {
            return decided(transfer, second.made() ? RETRIED_ONCE : REFUSED, second.transId(), first, second,
                    retried);
        }
        TransferLookup.Found again = settle(transfer, windowStart);
        if (!again.transIds().isEmpty()) {
            return decided(transfer, FOUND_NOT_RETRIED, again.transIds().get(0), first, second, retried
                    + "; found committed transfer transId " + again.transIds().get(0) + ", not retrying again");
        }
        return unresolved(transfer, windowStart, first, second, retried + "; " + undecidable(transfer, again)
                .orElse("still no record after the settle window"));
    }

    /**
     * Reads the movements at once and then through the settle window, until the transfer is found, a movement shows
     * that cannot be told apart from it, or the list cannot be read; the last read otherwise.
     */
    private TransferLookup.Found settle(Transfer transfer, Instant windowStart) {
        TransferLookup.Found found = lookup.find(transfer, windowStart);
        for (Duration wait : settle.waits()) {
            if (!found.readable() || !found.transIds().isEmpty() || !found.unmatchable().isEmpty()) {
                return found;
            }
            sleeper.sleep(wait);
            found = lookup.find(transfer, windowStart);
        }
        return found;
    }

    /** Why no match does not prove the transfer absent, or empty when it does and a re-post is safe. */
    private Optional<String> undecidable(Transfer transfer, TransferLookup.Found found) {
        if (!found.readable()) {
            return Optional.of("could not reconcile (" + found.problem() + ")");
        }
        if (!found.unmatchable().isEmpty()) {
            return Optional.of("the movement list does not echo the reference: movement(s) " + found.unmatchable()
                    + " of the same amount to the same destination carry no description, so whether one of them is"
                    + " this transfer cannot be told");
        }
        if (found.echoes()) {
            return Optional.empty();
        }
        Optional<Boolean> echoes = lookup.echoesDescriptions(transfer);
        if (echoes.isEmpty()) {
            return Optional.of("could not read the movement list to see whether it echoes references");
        }
        return echoes.get() ? Optional.empty() : Optional.of("the movement list does not echo description (no"
                + " movement of wallet " + transfer.sourceWalletId() + " read carries one), so the reference cannot"
                + " be matched and finding no record proves nothing");
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

    /** Stops without another POST, and says what a person must check before anyone sends the transfer again. */
    private TransferOutcome unresolved(Transfer transfer, Instant windowStart, Attempt first, Attempt last,
                                       String why) {
        String destination = (transfer.destinationType() == TO_CARD ? "card " : "wallet ") + transfer.destinationId();
        return decided(transfer, UNRESOLVED, null, first, last, why + "; UNRESOLVED, not sending it again: a person "
                + "must check whether wallet " + transfer.sourceWalletId() + " sent amount " + transfer.amount()
                + " to " + destination + " since " + windowStart + " (GET /wallets/transactions, the wallet's balance"
                + " in Account Management, or Axys support), reference " + transfer.reference()
                + ", before any new attempt");
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
            return made() && JsonAnswer.of(response).get("transId") instanceof Number id ? id.longValue() : null;
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
