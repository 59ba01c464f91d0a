package com.axys.golive.client;

import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Spaces calls at least {@code 1/maxPerSecond} apart, so a regression run never floods a shared staging tenant.
 * Runs first among the filters: retries pass through it again. A request marked {@link #UNPACED_HEADER} (the
 * deliberate rate-limit burst, {@code --provoke-rate-limit}) goes out at once; the mark never reaches the wire.
 */
final class PoliteRateFilter implements OrderedFilter {

    /** Marks a request of the bounded burst that provokes a rate limit on purpose; removed before sending. */
    static final String UNPACED_HEADER = "X-Golive-Unpaced";

    private final long minIntervalNanos;
    private long lastCallNanos = Long.MIN_VALUE;

    PoliteRateFilter(double maxPerSecond) {
        this.minIntervalNanos = (long) (1_000_000_000L / maxPerSecond);
    }

    @Override
    public int getOrder() {
        return Integer.MIN_VALUE + 10;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                           FilterContext ctx) {
        if (request.getHeaders().hasHeaderWithName(UNPACED_HEADER)) {
            request.removeHeader(UNPACED_HEADER);
            synchronized (this) {
                lastCallNanos = System.nanoTime();
            }
        } else {
            waitForTurn();
        }
        return ctx.next(request, response);
    }

    private synchronized void waitForTurn() {
        long now = System.nanoTime();
        if (lastCallNanos != Long.MIN_VALUE) {
            long wait = lastCallNanos + minIntervalNanos - now;
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                now = System.nanoTime();
            }
        }
        lastCallNanos = now;
    }
}
