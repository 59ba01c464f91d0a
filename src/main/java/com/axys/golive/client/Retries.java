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
 * Applies the {@link RetryPolicy} around one call: repeats a read that was rate limited, met a server error or got
 * no answer by a cause that may pass (a reset, a read timeout), within the policy's deadline,
 * after the policy's wait (through the run's {@link Sleeper}, so the embedded simulator's virtual clock stands in
 * for real waiting). Each attempt is a fresh request through every filter, so each is its own evidence line; each
 * decision is kept in {@link #decisions()}. (REST Assured filters cannot resend: its filter chain runs once.)
 */
public final class Retries {

    private static final Logger LOG = LoggerFactory.getLogger(Retries.class);

    /** One retry: which request, what answer caused it (-1: none), how long it waited, which retry it was. */
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
        long started = System.nanoTime();
        Duration waited = Duration.ZERO;
        for (int retry = 1; ; retry++) {
            Response response;
            Optional<Duration> wait;
            int status;
            String cause;
            try {
                response = attempt.get();
            } catch (RuntimeException | Error e) {
                throw e; // an assertion (a contract violation), a closed gate, a refused request: not a blip
            } catch (Throwable noAnswer) { // REST Assured throws checked IOExceptions sneakily
                if (!(noAnswer instanceof java.io.IOException)) {
                    throw sneaky(noAnswer);
                }
                cause = noAnswer.getClass().getName() + ": " + noAnswer.getMessage();
                wait = policy.waitBeforeFailure(retry, method, cause);
                if (wait.isEmpty() || pastDeadline(started, waited, wait.get())) {
                    throw sneaky(noAnswer);
                }
                decide(method, path, -1, noAnswer.getClass().getSimpleName(), wait.get(), retry);
                sleeper.sleep(wait.get());
                waited = waited.plus(wait.get());
                continue;
            }
            status = response.getStatusCode();
            wait = policy.waitBefore(retry, method, status, response.getHeader("Retry-After"));
            if (wait.isEmpty() || pastDeadline(started, waited, wait.get())) {
                return response;
            }
            decide(method, path, status, "answered " + status, wait.get(), retry);
            sleeper.sleep(wait.get());
            waited = waited.plus(wait.get());
        }
    }

    private void decide(String method, String path, int status, String what, Duration wait, int retry) {
        decisions.add(new Decision(method, path, status, wait, retry));
        LOG.info("{} {} {}: retry {} of {} after {} ms", method, path, what, retry, policy.maxRetries(),
                wait.toMillis());
    }

    /** Whether a retry after {@code wait} would end past the call's deadline (time in attempts plus waits so far). */
    private boolean pastDeadline(long startedNanos, Duration waited, Duration wait) {
        Duration spent = Duration.ofNanos(System.nanoTime() - startedNanos).plus(waited);
        boolean past = spent.plus(wait).compareTo(policy.deadline()) > 0;
        if (past) {
            LOG.info("no retry: {} ms spent and {} ms to wait would pass the call's deadline of {} ms",
                    spent.toMillis(), wait.toMillis(), policy.deadline().toMillis());
        }
        return past;
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable e) throws T {
        throw (T) e;
    }

    /** Every retry made so far in this run, oldest first. */
    public List<Decision> decisions() {
        return List.copyOf(decisions);
    }
}
