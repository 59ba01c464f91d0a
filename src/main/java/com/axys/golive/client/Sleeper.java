package com.axys.golive.client;

import java.time.Duration;

/**
 * Waits between polls. Against a real target it sleeps; against the embedded simulator it advances the simulator's
 * virtual clock, so a two-hour review schedule runs in milliseconds with the same code path.
 */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration);

    static Sleeper real() {
        return duration -> {
            try {
                Thread.sleep(duration.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting " + duration, e);
            }
        };
    }
}
