package com.axys.golive.simulator.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The simulator's time: real time plus an offset that only grows. Advancing it makes KYC reviews, OTP expiry and
 * clearing delays happen without real waiting; the harness's poller advances it instead of sleeping when it talks to
 * the embedded simulator.
 */
public final class VirtualClock extends Clock {

    private final Clock base;
    private final AtomicLong offsetNanos;

    public VirtualClock(Clock base) {
        this(base, new AtomicLong());
    }

    private VirtualClock(Clock base, AtomicLong offsetNanos) {
        this.base = base;
        this.offsetNanos = offsetNanos;
    }

    /** Moves virtual time forward by {@code amount} (negative amounts are refused: time never goes back). */
    public void advance(Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("virtual time only moves forward; got " + amount);
        }
        offsetNanos.addAndGet(amount.toNanos());
    }

    @Override
    public Instant instant() {
        return base.instant().plusNanos(offsetNanos.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new VirtualClock(base.withZone(zone), offsetNanos);
    }
}
