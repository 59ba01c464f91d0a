package com.axys.golive.client;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the {@link RetryPolicy} around one call: repeats a read that was rate limited or met a server error,
 * after the policy's wait (through the run's {@link Sleeper}, so the embedded simulator's virtual clock stands in
 * for real waiting). Each attempt is a fresh request through every filter, so each is its own evidence line; each
 * decision is kept in {@link #decisions()}. (REST Assured filters cannot resend: its filter chain runs once.)
 */
public final class Retries {

    private static final Logger LOG = LoggerFactory.getLogger(Retries.class);

    /** One retry: which request, what answer caused it, how long it waited, which retry it was. */
    public record Decision(String method, String path, int status, Duration waited, int retry) { }

    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final List<Decision> decisions = new CopyOnWriteArrayList<>();

    public Retries(RetryPolicy policy, Sleeper sleeper) {
        this.policy = policy;
        this.sleeper = sleeper;
    }

    /** No retries at all (tests of raw behaviour). */
    public static Retries none() {
        return new Retries(new RetryPolicy(0, List.of(Duration.ZERO), Duration.ZERO, Duration.ZERO), d -> { });
    }

    Response send(String method, String path, Supplier<Response> attempt) {
        Response response = attempt.get();
        for (int retry = 1; ; retry++) {
            Optional<Duration> wait = policy.waitBefore(retry, method, response.getStatusCode(),
                    response.getHeader("Retry-After"));
            if (wait.isEmpty()) {
                return response;
            }
            decisions.add(new Decision(method, path, response.getStatusCode(), wait.get(), retry));
            LOG.info("{} {} answered {}: retry {} of {} after {} ms", method, path, response.getStatusCode(), retry,
                    policy.maxRetries(), wait.get().toMillis());
            sleeper.sleep(wait.get());
            response = attempt.get();
        }
    }

    /** Every retry made so far in this run, oldest first. */
    public List<Decision> decisions() {
        return List.copyOf(decisions);
    }
}
