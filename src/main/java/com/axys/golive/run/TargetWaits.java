package com.axys.golive.run;

import com.axys.golive.client.StatusPoller;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Every wait of a run on a real target drawn from one budget ({@code --max-wait}), so that a run aimed at staging
 * ends in time however slow the target's outcomes are. Each wait may use what is left of the budget (and no more
 * than its own schedule's deadline); a wait cut short by the budget is {@link PendingOnTarget pending on the target},
 * never passed, never a hang. A wait that met its own deadline without the outcome is the step's to judge (a
 * failure). Against the embedded simulator, whose clock is virtual, waits cost no real time and the budget is not
 * drawn on.
 */
public final class TargetWaits {

    /** A nightly CI job's worth of waiting: 20 minutes in all. */
    public static final Duration DEFAULT_BUDGET = Duration.ofMinutes(20);

    private final Duration budget;
    private final boolean virtual;
    private final Clock clock;
    private final LongSupplier nanoTime;
    private long spentNanos;

    TargetWaits(Duration budget, boolean virtual, Clock clock, LongSupplier nanoTime) {
        if (budget.isNegative()) {
            throw new IllegalArgumentException("a wait budget cannot be negative: " + budget);
        }
        this.budget = budget;
        this.virtual = virtual;
        this.clock = clock;
        this.nanoTime = nanoTime;
    }

    /** Waits on a real target, from {@code budget}, timed by the system's monotonic clock. */
    public static TargetWaits real(Duration budget, Clock clock) {
        return new TargetWaits(budget, false, clock, System::nanoTime);
    }

    /** Waits on a virtual clock (the embedded simulator): never cut short. */
    public static TargetWaits virtual(Clock clock) {
        return new TargetWaits(Duration.ZERO, true, clock, System::nanoTime);
    }

    public Duration budget() {
        return budget;
    }

    /** What is left of the budget. */
    public synchronized Duration remaining() {
        return virtual ? java.time.temporal.ChronoUnit.FOREVER.getDuration() : budget.minusNanos(Math.min(spentNanos, budget.toNanos()));
    }

    /**
     * Polls {@code probe} on {@code poller} until {@code done} accepts a value, within what is left of the budget.
     *
     * @param what     what the wait is for, in words ("Jordan's KYC review to reach 1 (Approved)")
     * @param entities the ids of what the scenario made, for the pending record and a later run
     * @return the outcome, satisfied or not, when the wait ended by itself
     * @throws PendingOnTarget when the budget ended the wait before its own deadline
     */
    public <T> StatusPoller.Outcome<T> until(StatusPoller poller, String what, Map<String, ?> entities,
                                             Supplier<T> probe, Predicate<T> done) {
        if (virtual) {
            return poller.until(probe, done);
        }
        Duration left = remaining();
        StatusPoller bounded = poller.within(left);
        Instant since = clock.instant();
        long t0 = nanoTime.getAsLong();
        StatusPoller.Outcome<T> outcome;
        try {
            outcome = bounded.until(probe, done);
        } finally {
            synchronized (this) {
                spentNanos += Math.max(0, nanoTime.getAsLong() - t0);
            }
        }
        if (!outcome.satisfied() && bounded != poller) {
            throw new PendingOnTarget(what, since, entities, outcome.last(), outcome.probes(), budget);
        }
        return outcome;
    }
}
