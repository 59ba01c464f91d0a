package com.axys.golive.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A polling loop with a documented backoff schedule, a cap and an overall deadline: the checklist's "GET
 * /cardholders/{id} polling loop". Each probe is a real call (and so a line in the evidence); waiting goes through a
 * {@link Sleeper}, so the embedded simulator's virtual clock can stand in for hours of review.
 */
public final class StatusPoller {

    /**
     * The intervals between probes: the listed ones in order, then {@code cap} for every further probe, until
     * {@code deadline} has passed since the first probe.
     */
    public record Schedule(List<Duration> intervals, Duration cap, Duration deadline) {
        public Schedule {
            intervals = List.copyOf(intervals);
            Objects.requireNonNull(cap, "cap");
            Objects.requireNonNull(deadline, "deadline");
            if (intervals.stream().anyMatch(d -> d.isNegative() || d.isZero()) || cap.isNegative() || cap.isZero()) {
                throw new IllegalArgumentException("poll intervals must be positive: " + intervals + ", cap " + cap);
            }
        }

        /** 2 s, 5 s, 10 s, 30 s, 60 s, 120 s, then every 300 s until the deadline. */
        public static Schedule standard(Duration deadline) {
            return new Schedule(List.of(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10),
                    Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120)),
                    Duration.ofSeconds(300), deadline);
        }

        Duration interval(int probesSoFar) {
            return probesSoFar - 1 < intervals.size() ? intervals.get(probesSoFar - 1) : cap;
        }
    }

    /** How a poll ended: the last value seen, how many probes, how long (on the poller's clock), and whether it met the condition. */
    public record Outcome<T>(T last, int probes, Duration waited, boolean satisfied) { }

    private final Schedule schedule;
    private final Sleeper sleeper;
    private final Clock clock;

    /** Real time between two progress lines of one long wait. */
    static final Duration PROGRESS_EVERY = Duration.ofSeconds(30);

    private Progress progress = new Progress();
    private java.util.function.LongSupplier nanoTime = System::nanoTime;

    /** Reports long waits (in real time) to {@code progress}; waits on a virtual clock never report. */
    public StatusPoller reportingTo(Progress progress) {
        this.progress = progress;
        return this;
    }

    StatusPoller withNanoTime(java.util.function.LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        return this;
    }

    public StatusPoller(Schedule schedule, Sleeper sleeper, Clock clock) {
        this.schedule = schedule;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    public Schedule schedule() {
        return schedule;
    }

    /**
     * This poller with its deadline cut to {@code cap} when that is sooner: the same intervals, clock and progress.
     * A wait given less time than its next interval ends after its first probe.
     */
    public StatusPoller within(Duration cap) {
        if (cap.compareTo(schedule.deadline()) >= 0) {
            return this;
        }
        Duration deadline = cap.isNegative() ? Duration.ZERO : cap;
        StatusPoller cut = new StatusPoller(new Schedule(schedule.intervals(), schedule.cap(), deadline), sleeper, clock);
        cut.progress = progress;
        cut.nanoTime = nanoTime;
        return cut;
    }

    /** Probes until {@code done} accepts a value or the deadline passes; never throws for a timeout. */
    public <T> Outcome<T> until(Supplier<T> probe, Predicate<T> done) {
        Instant start = clock.instant();
        long lastReport = nanoTime.getAsLong();
        int probes = 0;
        while (true) {
            T value = probe.get();
            probes++;
            Duration waited = Duration.between(start, clock.instant());
            if (done.test(value)) {
                return new Outcome<>(value, probes, waited, true);
            }
            Duration next = schedule.interval(probes);
            if (waited.plus(next).compareTo(schedule.deadline()) > 0) {
                return new Outcome<>(value, probes, waited, false);
            }
            long now = nanoTime.getAsLong();
            if (now - lastReport >= PROGRESS_EVERY.toNanos()) {
                lastReport = now;
                progress.report(String.format(java.util.Locale.ROOT,
                        "         … still waiting: last seen %s after %d polls over %s; next poll in %s (deadline %s)",
                        value, probes, human(waited), human(next), human(schedule.deadline())));
            }
            sleeper.sleep(next);
        }
    }

    private static String human(Duration d) {
        long s = d.toSeconds();
        return s < 120 ? s + " s" : s < 7200 ? (s / 60) + " min" : String.format(java.util.Locale.ROOT, "%.1f h",
                s / 3600.0);
    }
}
