package com.axys.golive.simulator.wiremock;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A seeded whole-run chaos plan: for the n-th API request of a run (its sequence number, from 1), whether to inject a
 * fault and which, decided from the seed and n alone, so the same seed on the same run injects the same faults.
 * Written {@code SEED[:RATE]} on the command line; RATE defaults to 0.1 and must be in (0, 0.5].
 */
public record ChaosPlan(long seed, double rate, java.time.Duration hold, boolean reviewOutcomesOnly) {

    public static final double DEFAULT_RATE = 0.1;
    public static final double MAX_RATE = 0.5;
    /**
     * How long a {@link Kind#SLOW_ANSWER} is held by default: just past golive's default read timeout (30 s), so the
     * client gives up on it. A client with another timeout needs {@link #withHold} above its own.
     */
    public static final java.time.Duration DEFAULT_HOLD = java.time.Duration.ofSeconds(31);

    /** What a chaos fault does to the request it hits. */
    public enum Kind {
        /** 429 with {@code Retry-After}, before the request is looked at. */
        RATE_LIMITED(429),
        SERVER_ERROR(500),
        /** 502 from the gateway: not the Axys envelope. */
        BAD_GATEWAY(502),
        UNAVAILABLE(503),
        GATEWAY_TIMEOUT(504),
        /** The connection is reset before the request is read: nothing was applied. */
        RESET_BEFORE_READ(-1),
        /** The operation was applied (2xx), then the connection was reset: the lost answer. */
        LOST_ANSWER(-1),
        /**
         * The operation was applied, and its answer held past the client's read timeout ({@link #hold()}): on a read
         * a timeout to retry, on a write an ambiguous outcome to reconcile.
         */
        SLOW_ANSWER(-1),
        /**
         * A staging KYC validation is answered 200 as usual, but the emulation engine ends the review in Admin
         * Decline (7) whatever was asked, as Axys staging does at random. Hits {@code /staging/kyc/validate} only.
         */
        SPONTANEOUS_ADMIN_DECLINE(200),
        /** As {@link #SPONTANEOUS_ADMIN_DECLINE}, the review ending in Error (6). */
        SPONTANEOUS_ERROR(200);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        /** The HTTP status the client gets, or -1 when it gets no answer. */
        public int status() {
            return status;
        }

        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** Hits once the operation was carried out (its answer is lost, held, or the review's end is changed). */
        boolean afterTheOperation() {
            return this == LOST_ANSWER || this == SLOW_ANSWER || reviewOutcome();
        }

        /** A review outcome of the emulation engine rather than a transport or gateway fault. */
        public boolean reviewOutcome() {
            return this == SPONTANEOUS_ADMIN_DECLINE || this == SPONTANEOUS_ERROR;
        }
    }

    private static final List<Kind> TRANSPORT = java.util.Arrays.stream(Kind.values())
            .filter(k -> !k.reviewOutcome()).toList();
    private static final List<Kind> REVIEW = List.of(Kind.SPONTANEOUS_ADMIN_DECLINE, Kind.SPONTANEOUS_ERROR);

    public ChaosPlan {
        if (!(rate > 0 && rate <= MAX_RATE)) {
            throw new IllegalArgumentException("chaos rate must be above 0 and at most " + MAX_RATE + ", got " + rate);
        }
        java.util.Objects.requireNonNull(hold, "hold");
        if (hold.isNegative() || hold.isZero()) {
            throw new IllegalArgumentException("a slow answer's hold must be positive, got " + hold);
        }
    }

    /** {@code SEED:RATE} with slow answers held {@link #DEFAULT_HOLD}. */
    public ChaosPlan(long seed, double rate) {
        this(seed, rate, DEFAULT_HOLD, false);
    }

    /** How often the staging-like simulator's emulation engine ends a validated review in 7 or 6 on its own. */
    public static final double STAGING_LIKE_RATE = 0.05;

    /**
     * The staging emulation engine and nothing else ({@code golive simulator --staging-like}): about
     * {@value #STAGING_LIKE_RATE} of the KYC validations end their review in Admin Decline (7) or Error (6) whatever
     * was asked, reproducibly from {@code seed}; no gateway or transport fault.
     */
    public static ChaosPlan stagingLike(long seed) {
        return new ChaosPlan(seed, STAGING_LIKE_RATE, DEFAULT_HOLD, true);
    }

    /** This plan with slow answers held {@code slow}: more than the read timeout of the client under test. */
    public ChaosPlan withHold(java.time.Duration slow) {
        return new ChaosPlan(seed, rate, slow, reviewOutcomesOnly);
    }

    /**
     * {@code SEED[:RATE]}, e.g. {@code 1} or {@code 7:0.2}.
     *
     * @throws IllegalArgumentException with one line naming the problem and the fix
     */
    public static ChaosPlan parse(String text) {
        String value = text == null ? "" : text.trim();
        String[] parts = value.split(":", -1);
        if (value.isEmpty() || parts.length > 2) {
            throw new IllegalArgumentException("'" + text + "' is not SEED[:RATE]; give an integer seed and an"
                    + " optional rate above 0 and at most 0.5, e.g. 1 or 1:0.1");
        }
        long seed;
        try {
            seed = Long.parseLong(parts[0]);
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("'" + parts[0] + "' is not an integer seed; give SEED[:RATE], e.g. 1"
                    + " or 1:0.1");
        }
        double rate = DEFAULT_RATE;
        if (parts.length == 2) {
            try {
                rate = Double.parseDouble(parts[1]);
            } catch (NumberFormatException notANumber) {
                rate = Double.NaN;
            }
            if (!(rate > 0 && rate <= MAX_RATE)) {
                throw new IllegalArgumentException("chaos rate '" + parts[1] + "' is out of range; give a rate above"
                        + " 0 and at most 0.5, e.g. " + seed + ":0.1");
            }
        }
        return new ChaosPlan(seed, rate);
    }

    /** The fault for the request with sequence number {@code seq}, if any: a pure function of seed and seq. */
    public Optional<Kind> faultFor(long seq) {
        return faultFor(seq, false);
    }

    /**
     * The fault for request {@code seq}, a pure function of seed, seq and whether the request asks for a KYC review
     * outcome ({@code /staging/kyc/validate}): half the faults such a request gets are the emulation engine's
     * spontaneous outcomes (7 or 6), the rest, like every other request's, transport and gateway faults.
     */
    public Optional<Kind> faultFor(long seq, boolean reviewRequest) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + seq);
        if ((reviewOutcomesOnly && !reviewRequest) || random.nextDouble() >= rate) {
            return Optional.empty();
        }
        if (reviewOutcomesOnly) {
            return Optional.of(REVIEW.get(random.nextInt(REVIEW.size())));
        }
        Kind transport = TRANSPORT.get(random.nextInt(TRANSPORT.size()));
        return Optional.of(reviewRequest && random.nextBoolean() ? REVIEW.get(random.nextInt(REVIEW.size()))
                : transport);
    }

    /**
     * The run's chaos record for the bundle: this plan's seed and rate, the faults it injected (each as in the fault
     * log) and what the ledger saw of transfers, so the run can be repeated and checked from the bundle alone.
     */
    public String record(java.util.List<InjectedFault> faults, int transfersApplied, int duplicateTransfers) {
        var record = Json.object().put("seed", seed).put("rate", rate)
                .put("mode", reviewOutcomesOnly ? "staging-like" : "chaos").put("slowAnswerHoldMs", hold.toMillis())
                .put("faultsInjected", faults.size())
                .put("transfersApplied", transfersApplied).put("duplicateTransfers", duplicateTransfers);
        var list = record.putArray("faults");
        faults.forEach(f -> list.add(f.json()));
        return Json.write(record) + "\n";
    }

    /** {@code SEED:RATE} as it was given. */
    public String text() {
        return seed + ":" + rate;
    }
}
