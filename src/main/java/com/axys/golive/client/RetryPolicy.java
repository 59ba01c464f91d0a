package com.axys.golive.client;

import com.axys.golive.evidence.ErrorClass;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * When a call may be repeated, and after how long. Only reads (GET, HEAD) are ever retried: a POST, PUT, PATCH or
 * DELETE whose answer was an error, or that got no answer, may still have taken effect, so it is never repeated
 * blindly (wallet transfers reconcile first, see the transfer guard). A read is repeated after
 * <ul>
 *   <li>a 429: waiting what {@code Retry-After} asks (capped; a default when it is missing);</li>
 *   <li>a 500, 502, 503 or 504: waiting the next step of the backoff;</li>
 *   <li>no answer at all, by a cause that may pass ({@link ErrorClass#transientFailure()}: a reset before or after
 *       sending, a close without an answer, a read timeout): the next step of the backoff. A refused connection,
 *       DNS, a connect timeout or a refused handshake is not retried: the same call would fail the same way.</li>
 * </ul>
 * At most {@code maxRetries} retries per call, and none whose wait would end after {@code deadline} counted from the
 * call's first attempt (the time spent in attempts plus the waits). The HTTP client's own retries are off (see
 * {@link AxysClient}), so every attempt passes the capture filter: each is a call record in {@code calls.jsonl}
 * (status -1 when there was no answer) and, when it failed, an error record in {@code errors.jsonl} with
 * {@code "transient": true}.
 */
public record RetryPolicy(int maxRetries, List<Duration> backoff, Duration retryAfterDefault, Duration retryAfterCap,
                          Duration deadline) {

    /** Without a deadline of its own: 5 minutes per call. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofMinutes(5);

    public RetryPolicy {
        backoff = List.copyOf(backoff);
        if (maxRetries < 0 || backoff.isEmpty() || backoff.stream().anyMatch(Duration::isNegative)
                || deadline == null || deadline.isNegative()) {
            throw new IllegalArgumentException("retry policy needs maxRetries >= 0, at least one backoff step and a"
                    + " deadline >= 0");
        }
    }

    public RetryPolicy(int maxRetries, List<Duration> backoff, Duration retryAfterDefault, Duration retryAfterCap) {
        this(maxRetries, backoff, retryAfterDefault, retryAfterCap, DEFAULT_DEADLINE);
    }

    /**
     * 3 retries; backoff 0.5 s, 1 s, 2 s; Retry-After honoured up to 60 s (1 s when the header is missing); 2 minutes
     * per call at most.
     */
    public static RetryPolicy standard() {
        return new RetryPolicy(3, List.of(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2)),
                Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(2));
    }

    /** How long to wait before retry number {@code retry} (1-based), or empty when the call must not be repeated. */
    public Optional<Duration> waitBefore(int retry, String method, int status, String retryAfter) {
        if (!mayRepeat(retry, method)) {
            return Optional.empty();
        }
        if (status == 429) {
            return Optional.of(retryAfter(retryAfter));
        }
        if (status == 500 || status == 502 || status == 503 || status == 504) {
            return Optional.of(step(retry));
        }
        return Optional.empty();
    }

    /**
     * How long to wait before retry number {@code retry} of a call that got no answer ({@code failure} as the capture
     * records it, {@code class: message}), or empty when it must not be repeated.
     */
    public Optional<Duration> waitBeforeFailure(int retry, String method, String failure) {
        if (!mayRepeat(retry, method) || !ErrorClass.ofFailure(failure).transientFailure()) {
            return Optional.empty();
        }
        return Optional.of(step(retry));
    }

    private boolean mayRepeat(int retry, String method) {
        String m = method.toUpperCase(Locale.ROOT);
        return retry <= maxRetries && (m.equals("GET") || m.equals("HEAD"));
    }

    private Duration step(int retry) {
        return backoff.get(Math.min(retry, backoff.size()) - 1);
    }

    private Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return retryAfterDefault;
        }
        try {
            Duration asked = Duration.ofSeconds(Long.parseLong(header.trim()));
            return asked.isNegative() ? retryAfterDefault : asked.compareTo(retryAfterCap) > 0 ? retryAfterCap : asked;
        } catch (NumberFormatException httpDate) {
            return retryAfterDefault;
        }
    }
}
