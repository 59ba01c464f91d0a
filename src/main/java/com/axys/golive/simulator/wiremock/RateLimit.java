package com.axys.golive.simulator.wiremock;

import java.util.function.LongSupplier;

/**
 * A gateway-level rate limit: at most {@code perSecond} requests in any one second (a token bucket that refills
 * continuously, on the real monotonic clock: a rate limit is about wall time, not the virtual clock of reviews).
 * Axys documents that 429 exists but not its numbers (reference §4), so the limit is the user's choice and off by
 * default.
 */
final class RateLimit {

    private final LongSupplier nanoTime;
    private int perSecond;
    private double tokens;
    private long last;

    RateLimit(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** From now on at most {@code perSecond} requests a second; 0 lifts the limit. */
    synchronized void set(int perSecond) {
        if (perSecond < 0) {
            throw new IllegalArgumentException("a rate limit is 0 (none) or a positive number of requests a second,"
                    + " got " + perSecond);
        }
        this.perSecond = perSecond;
        this.tokens = perSecond;
        this.last = nanoTime.getAsLong();
    }

    synchronized int perSecond() {
        return perSecond;
    }

    /** Takes one request's turn; false when the limit is reached (the request gets 429). */
    synchronized boolean admit() {
        if (perSecond == 0) {
            return true;
        }
        long now = nanoTime.getAsLong();
        tokens = Math.min(perSecond, tokens + (now - last) / 1e9 * perSecond);
        last = now;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
