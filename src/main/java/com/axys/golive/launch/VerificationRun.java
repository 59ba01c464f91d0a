package com.axys.golive.launch;

import com.axys.golive.run.HarnessSession;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the Phase 3 scenarios of one run share, and what the pass-criteria table reports beyond pass/fail: the one
 * test cardholder test 2 creates (tests 3-8 reuse it, so production holds one test cardholder per run, approved once
 * by a person), the host of its application link (never the link), its card, and what tests 4 and 8 observed.
 *
 * <p>Run-scoped: one instance per {@link HarnessSession}, held by the session ({@link HarnessSession#runScoped};
 * Cucumber builds step classes without arguments, so glue reaches it through the session the run installed). {@code golive verify-production} calls
 * {@link #begin} before the features run; under any other runner the first step that asks gets the defaults (the
 * session's poll deadline, notices to the log).
 */
public final class VerificationRun {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(VerificationRun.class);

    private final Duration reviewDeadline;
    private final Consumer<String> operator;
    private String persona;
    private Long cardholderId;
    private String applicationLinkHost;
    private String linkFingerprint;
    private String adoptedFrom;
    private boolean reviewPending;
    private String review;
    private Long cardId;
    private List<String> depositChains = List.of();
    private Integer transactionsListed;

    private VerificationRun(Duration reviewDeadline, Consumer<String> operator) {
        this.reviewDeadline = reviewDeadline;
        this.operator = operator;
    }

    /**
     * Starts the record of {@code session}'s verification. {@code operator} receives the lines the person at the
     * terminal must act on (test 4's identity check); they never hold a link, PAN or CVV.
     */
    public static VerificationRun begin(HarnessSession session, Duration reviewDeadline, Consumer<String> operator) {
        if (reviewDeadline.isNegative() || reviewDeadline.isZero()) {
            throw new IllegalArgumentException("the review deadline must be positive, got " + reviewDeadline);
        }
        VerificationRun run = new VerificationRun(reviewDeadline, operator);
        session.holdRunScoped(VerificationRun.class, run);
        return run;
    }

    /** The record of {@code session}'s verification, with defaults when nobody called {@link #begin}. */
    public static VerificationRun of(HarnessSession session) {
        return session.runScoped(VerificationRun.class, () -> new VerificationRun(session.config().pollDeadline(),
                line -> LOG.info("{}", line)));
    }

    /** How long test 4 waits for the compliance review on a real target. */
    public Duration reviewDeadline() {
        return reviewDeadline;
    }

    /** Tells the person running the verification something they must act on. */
    public void tellOperator(String line) {
        operator.accept(line);
    }

    /** Test 2: {@code persona} is this run's test cardholder, {@code cardholderId}. */
    public synchronized void testCardholderCreated(String persona, long cardholderId) {
        if (this.cardholderId != null) {
            throw new IllegalStateException("this run already created its test cardholder (" + this.persona
                    + ", cardholderId " + this.cardholderId + "); Phase 3 uses one per run");
        }
        this.persona = persona;
        this.cardholderId = cardholderId;
    }

    /** The cardholderId of {@code persona} if test 2 created them in this run, or this run adopted them. */
    public synchronized Optional<Long> testCardholder(String persona) {
        return persona.equals(this.persona) ? Optional.ofNullable(cardholderId) : Optional.empty();
    }

    /**
     * {@code verify-production --continue RUN}: the test cardholder RUN created and submitted is this run's too, so
     * no second one is created in production; the same one may be adopted by every continued test.
     */
    public synchronized void testCardholderAdopted(TestCardholder held, String runId) {
        if (cardholderId != null && cardholderId != held.cardholderId()) {
            throw new IllegalStateException("this run already holds test cardholder " + cardholderId + "; run " + runId
                    + " carried " + held.cardholderId() + ": Phase 3 uses one per verification");
        }
        this.persona = held.persona();
        this.cardholderId = held.cardholderId();
        this.applicationLinkHost = held.applicationLinkHost();
        this.linkFingerprint = held.linkFingerprint();
        this.adoptedFrom = runId;
    }

    /** The run whose test cardholder this run adopted, if it continues one. */
    public synchronized Optional<String> adoptedFrom() {
        return Optional.ofNullable(adoptedFrom);
    }

    /** The test cardholder as a continuing run is handed it: ids, the link's host and fingerprint, never the link. */
    public synchronized Optional<TestCardholder> heldTestCardholder(String persona) {
        return testCardholder(persona).map(id -> new TestCardholder(persona, id, applicationLinkHost,
                linkFingerprint));
    }

    /** Test 3: the application link was returned; only its host and its evidence fingerprint are kept. */
    public synchronized void applicationLinkReturned(String host, String fingerprint) {
        this.applicationLinkHost = host;
        this.linkFingerprint = fingerprint;
    }

    /** Test 4 ended with the review still running: the tests after it wait on it too. */
    public synchronized void reviewStillRunning() {
        this.reviewPending = true;
    }

    public synchronized boolean reviewPending() {
        return reviewPending;
    }

    public synchronized Optional<String> applicationLinkHost() {
        return Optional.ofNullable(applicationLinkHost);
    }

    /**
     * Test 4's notice to the person who completes the identity check: the cardholderId, the link's host and where
     * to find the link, the documented way: the {@code applicationLink} of test 3's kyc-submit answer, or a new one
     * from {@code POST /cardholders/{id}/kyc-url/refresh} while the cardholder is Under Review (3). Never the link
     * itself (a bearer URL the evidence redacts); never {@code GET /cardholders/{id}}, which the reference says only
     * "possibly" carries it.
     */
    public synchronized String identityCheckNotice(long cardholderId) {
        return "Test 4: cardholderId " + cardholderId + " is under compliance review. A person must now complete the"
                + " identity check at " + (applicationLinkHost == null ? "(unknown host)" : applicationLinkHost)
                + " with a real identity document (staging approvals don't transfer). Open the KYC link from test 3's"
                + " kyc-submit answer (applicationLink); it is not printed and the evidence redacts it (a bearer"
                + " URL). If you do not hold it or it has expired, get a new one with your own API access: POST"
                + " /cardholders/" + cardholderId + "/kyc-url/refresh (documented while in status 3; it replaces the"
                + " old link). Waiting up to " + reviewDeadline.toMinutes() + " minutes.";
    }

    /** Test 4: how the review ended ("forced by the embedded simulator", "approved after 7 polls over PT14M"). */
    public synchronized void reviewCompleted(String how) {
        this.review = how;
    }

    /** Test 5: the card issued to the test cardholder and the chains of its deposit addresses. */
    public synchronized void cardIssued(long cardId, List<String> depositChains) {
        this.cardId = cardId;
        this.depositChains = List.copyOf(depositChains);
    }

    public synchronized Optional<Long> card() {
        return Optional.ofNullable(cardId);
    }

    /** Test 8: how many transactions the card's list held. */
    public synchronized void transactionsListed(int count) {
        this.transactionsListed = count;
    }

    /** What the table reports, as of now. */
    public synchronized VerificationFacts facts() {
        return new VerificationFacts(cardholderId, applicationLinkHost, review, cardId, depositChains,
                transactionsListed);
    }
}
