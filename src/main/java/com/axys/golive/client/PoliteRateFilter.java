package com.axys.golive.client;

import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Spaces calls at least {@code 1/maxPerSecond} apart, so a regression run never floods a shared staging tenant.
 * Runs first among the filters: retries pass through it again.
 */
final class PoliteRateFilter implements OrderedFilter {

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
        waitForTurn();
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
