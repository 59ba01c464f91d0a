package com.axys.golive.proxy;

import java.time.Instant;
import java.util.Objects;

/**
 * One request the backend made through the proxy, as the session's timeline keeps it in memory: what it asked (the
 * path already redacted), and what became of it. {@code sameAs} tells repeats apart (a SHA-256 over method, path
 * and body): it is compared, never written.
 *
 * @param number  the request's number in arrival order (the fault plan decides on it)
 * @param callSeq the call record's seq in calls.jsonl when it reached the target, else 0
 * @param fault   the fault injected on it, or null
 * @param outcome one line: {@code forwarded -> 200 (call #4)}, {@code injected 429}, {@code refused 403: ...}
 */
record BackendRequest(long number, Instant at, String client, String method, String path, String sameAs,
                      long callSeq, FaultKind fault, String outcome) {

    BackendRequest {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sameAs, "sameAs");
        Objects.requireNonNull(outcome, "outcome");
    }

    String line() {
        return method + " " + path;
    }
}
