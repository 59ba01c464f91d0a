package com.axys.golive.client;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * When a call may be repeated, and after how long. Only reads (GET, HEAD) are ever retried: a POST or PUT whose
 * answer was an error may still have taken effect, so it is never repeated blindly (wallet transfers reconcile
 * first, see the transfer guard). A 429 waits what {@code Retry-After} asks (capped); a 500, 502, 503 or 504 waits
 * the next step of the backoff. At most {@code maxRetries} retries per call.
 */
public record RetryPolicy(int maxRetries, List<Duration> backoff, Duration retryAfterDefault, Duration retryAfterCap) {

    public RetryPolicy {
        backoff = List.copyOf(backoff);
        if (maxRetries < 0 || backoff.isEmpty() || backoff.stream().anyMatch(Duration::isNegative)) {
            throw new IllegalArgumentException("retry policy needs maxRetries >= 0 and at least one backoff step");
        }
    }

    /** 3 retries; backoff 0.5 s, 1 s, 2 s; Retry-After honoured up to 60 s (1 s when the header is missing). */
    public static RetryPolicy standard() {
        return new RetryPolicy(3, List.of(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2)),
                Duration.ofSeconds(1), Duration.ofSeconds(60));
    }

    /** How long to wait before retry number {@code retry} (1-based), or empty when the call must not be repeated. */
    public Optional<Duration> waitBefore(int retry, String method, int status, String retryAfter) {
        String m = method.toUpperCase(Locale.ROOT);
        if (retry > maxRetries || !(m.equals("GET") || m.equals("HEAD"))) {
            return Optional.empty();
        }
        if (status == 429) {
            return Optional.of(retryAfter(retryAfter));
        }
        if (status == 500 || status == 502 || status == 503 || status == 504) {
            return Optional.of(backoff.get(Math.min(retry, backoff.size()) - 1));
        }
        return Optional.empty();
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
