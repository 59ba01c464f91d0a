package com.axys.golive.simulator;

import com.axys.golive.simulator.domain.SupportTicket;
import com.axys.golive.simulator.domain.VirtualClock;
import com.axys.golive.simulator.domain.WalletBalance;
import com.axys.golive.simulator.wiremock.ChaosPlan;
import com.axys.golive.simulator.wiremock.InjectedFault;
import com.axys.golive.simulator.wiremock.LostAnswer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The simulator's in-process control surface, for tests and {@code @simulator-only} scenarios: virtual time, forced
 * KYC outcomes, Program switches, response overrides and injected failures. Every method is thread-safe and takes
 * effect for the next request. Methods that name an operation take the operationIds of docs/api-decisions.md and
 * refuse any the simulator does not answer ({@link #operationIds()}) with {@link IllegalArgumentException}.
 */
public interface SimulatorControl {

    /** The simulator's virtual clock: advance it to let KYC reviews and deposit clearing happen. */
    VirtualClock clock();

    /**
     * Records a KYC outcome (1 pass, 2 fail, 6 error, 7 admin decline) for a cardholder under review (3); GET shows it
     * once the Program's review delay has passed on the virtual clock. For a cardholder not yet under review the
     * outcome is armed and recorded at its next kyc-submit.
     *
     * @throws IllegalArgumentException for another status or an unknown cardholder
     */
    void forceKycOutcome(long cardholderId, int status);

    /** The Program as currently configured. */
    ProgramProfile program();

    /** Replaces the Program's configuration (Account Management, in real life). */
    void setProgram(ProgramProfile program);

    /** How long after an outcome is recorded it becomes visible (default 90 s). */
    void setReviewDelay(Duration delay);

    void setThreeDsEnabled(boolean enabled);

    void setSumsubEnabled(boolean enabled);

    /** Design slots (0-5) with {@code designStatus} 1; physical issuance needs slot 0 and the chosen slot. */
    void setApprovedDesignSlots(Set<Integer> slots);

    /**
     * From now on, every response of {@code operationId} has the field at {@code jsonPointer} (e.g. {@code
     * /cardholder/status}) set to {@code valueOrNullToRemove}, or removed when it is {@code null}. Applies to the
     * operation's own responses (success and domain errors), not to 401s or injected failures.
     */
    void overrideResponseField(String operationId, String jsonPointer, JsonNode valueOrNullToRemove);

    /** From now on, every response of {@code operationId} carries {@code httpStatus} (its body unchanged). */
    void overrideStatus(String operationId, int httpStatus);

    /**
     * The next call of {@code operationId} that the simulated Axys carries out (it would answer 2xx) is applied, and
     * then its answer is lost: a 500 error envelope, or a connection reset with no answer. Calls it refuses (4xx) do
     * not consume this. It is how a test makes a POST commit on the server while the client cannot know it did.
     */
    void loseNextAnswer(String operationId, LostAnswer how);

    /**
     * The next call of {@code operationId} that the simulated Axys carries out (it would answer 2xx) is applied at
     * once, and its answer is held back for {@code hold} (real time): a client whose read timeout is shorter times
     * out on a POST that was made. Calls it refuses do not consume this.
     */
    void holdNextAnswer(String operationId, Duration hold);

    /**
     * From now on, a new wallet transfer appears in GET /wallets/transactions only {@code lag} after it was made, on
     * the virtual clock (an eventually consistent read); its money moves at once. {@link Duration#ZERO} lists it at
     * once again; {@link #clearOverrides()} and {@link #reset()} do too.
     */
    void setTransferListingLag(Duration lag);

    /**
     * From now on, every element of the {@code items} list that {@code operationId} answers lacks {@code field}
     * (e.g. a wallet movement list that does not echo {@code description}). {@link #clearOverrides()} ends it.
     */
    void omitListedField(String operationId, String field);

    /**
     * A wallet's {@code walletBalanceSettled} and {@code walletAvailableBalance}. The API documents no read for
     * them, so this is for tests and {@code @simulator-only} checks only.
     *
     * @throws IllegalArgumentException for an unknown wallet
     */
    WalletBalance walletBalance(long walletId);

    /**
     * The support tickets raised so far, oldest first. The API lists none (the endpoint is inferred and write-only),
     * so this is for tests and {@code @simulator-only} checks only.
     */
    List<SupportTicket> tickets();

    /**
     * Makes every OTP that is still valid expire now, as if its lifetime (5 minutes of virtual time) had passed;
     * returns how many did. Advancing {@link #clock()} past an OTP's {@code expiresAt} does the same.
     */
    int expireOtps();

    /**
     * A gateway rate limit from now on: beyond {@code perSecond} requests in a second (real time) every request is
     * answered 429 with {@code Retry-After}, before the API key is checked; 0 lifts it. Axys does not publish its
     * numbers, so this is the user's assumption ({@code golive simulator --rate-limit}).
     */
    void limitRate(int perSecond);

    /**
     * Drops every field/status override, every field left out of lists, every pending injected failure, every
     * answer set to be lost or held back, the transfer listing lag and the rate limit.
     */
    void clearOverrides();

    /**
     * The next {@code count} calls of {@code operationId} fail with {@code httpStatus} and the error envelope, before
     * the API key is checked and without touching any data (a gateway/WAF-level failure): 403 carries the documented
     * "No Authorised IPs configured", 429 a {@code Retry-After: 1} header.
     */
    void failNext(String operationId, int count, int httpStatus);

    /**
     * Back to a fresh Program: no cardholders, cards, deposits, transactions, wallets, OTP listeners, tickets or bank
     * account registrations (ids and generated data start again), no overrides, injected failures, lost or held
     * answers, no transfer listing lag,
     * the Program profile the simulator was started with. The virtual clock keeps its time.
     */
    void reset();

    /** The operationIds the simulator answers. */
    Set<String> operationIds();

    /**
     * The operations among {@link #operationIds()} that the docs list as deprecated but still working (reference
     * 8.30): register-wallet-address and the card and wallet {@code /deposit}.
     */
    Set<String> deprecatedOperationIds();

    /**
     * How many HTTP requests reached the simulator since it started, whatever it answered (a refused TLS handshake
     * is none); {@link #reset()} keeps the count.
     */
    long requestsReceived();

    /**
     * The 3-D Secure OTP callbacks made so far ({@code {cardId}} to each listener's {@code webhookUrl} after a
     * challenge; loopback only), each with its outcome, after waiting briefly for those still in flight.
     */
    List<com.axys.golive.simulator.wiremock.WebhookSender.Delivery> webhookDeliveries();

    /**
     * Seeded whole-run chaos from now on ({@code null} ends it): each API request, by its sequence number, may get a
     * fault of {@link ChaosPlan.Kind}. It survives {@link #clearOverrides()} and {@link #reset()}: it is the run's.
     */
    void chaos(ChaosPlan plan);

    /** Told of every chaos fault as it is injected (a console line, the fault log file). */
    void onInjectedFault(Consumer<InjectedFault> listener);

    /** Every chaos fault injected so far, oldest first: the simulator's fault log. */
    List<InjectedFault> injectedFaults();

    /** Wallet transfers (POST /wallets/transfer answered 2xx) carried out since start; {@link #reset()} keeps it. */
    int transfersApplied();

    /**
     * Extra applications of a transfer request already carried out with the very same body (a POST repeated
     * blindly): what the transfer guard must keep at 0. {@link #reset()} keeps it.
     */
    int duplicateTransfers();
}
