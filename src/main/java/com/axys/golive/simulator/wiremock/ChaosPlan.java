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
public record ChaosPlan(long seed, double rate) {

    public static final double DEFAULT_RATE = 0.1;
    public static final double MAX_RATE = 0.5;

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
        LOST_ANSWER(-1);

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
    }

    private static final List<Kind> KINDS = List.of(Kind.values());

    public ChaosPlan {
        if (!(rate > 0 && rate <= MAX_RATE)) {
            throw new IllegalArgumentException("chaos rate must be above 0 and at most " + MAX_RATE + ", got " + rate);
        }
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
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + seq);
        if (random.nextDouble() >= rate) {
            return Optional.empty();
        }
        return Optional.of(KINDS.get(random.nextInt(KINDS.size())));
    }

    /** {@code SEED:RATE} as it was given. */
    /**
     * The run's chaos record for the bundle: this plan's seed and rate, the faults it injected (each as in the fault
     * log) and what the ledger saw of transfers, so the run can be repeated and checked from the bundle alone.
     */
    public String record(java.util.List<InjectedFault> faults, int transfersApplied, int duplicateTransfers) {
        var record = Json.object().put("seed", seed).put("rate", rate).put("faultsInjected", faults.size())
                .put("transfersApplied", transfersApplied).put("duplicateTransfers", duplicateTransfers);
        var list = record.putArray("faults");
        faults.forEach(f -> list.add(f.json()));
        return Json.write(record) + "\n";
    }

    public String text() {
        return seed + ":" + rate;
    }
}
