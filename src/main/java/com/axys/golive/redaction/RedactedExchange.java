package com.axys.golive.redaction;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A captured exchange after the redaction policy has removed every secret. Only {@link RedactionPolicy} can make
 * one, so a sink that accepts this type cannot be handed raw data by mistake.
 */
public final class RedactedExchange {

    private final long seq;
    private final Instant startedAt;
    private final long durationMillis;
    private final String method;
    private final String url;
    private final String path;
    private final Map<String, List<String>> requestHeaders;
    private final String requestBody;
    private final int status;
    private final Map<String, List<String>> responseHeaders;
    private final String responseBody;
    private final String failure;
    private final boolean negativeTest;

    RedactedExchange(long seq, Instant startedAt, long durationMillis, String method, String url, String path,
                     Map<String, List<String>> requestHeaders, String requestBody, int status,
                     Map<String, List<String>> responseHeaders, String responseBody, String failure,
                     boolean negativeTest) {
        this.seq = seq;
        this.startedAt = startedAt;
        this.durationMillis = durationMillis;
        this.method = method;
        this.url = url;
        this.path = path;
        this.requestHeaders = Map.copyOf(requestHeaders);
        this.requestBody = requestBody;
        this.status = status;
        this.responseHeaders = Map.copyOf(responseHeaders);
        this.responseBody = responseBody;
        this.failure = failure;
        this.negativeTest = negativeTest;
    }

    public long seq() { return seq; }
    public Instant startedAt() { return startedAt; }
    public long durationMillis() { return durationMillis; }
    public String method() { return method; }
    /** The URL with secret path segments (OTP tokens) and known secret values replaced. */
    public String url() { return url; }
    /** The path relative to the base URL, redacted like {@link #url()}. */
    public String path() { return path; }
    public Map<String, List<String>> requestHeaders() { return requestHeaders; }
    public String requestBody() { return requestBody; }
    /** HTTP status, or -1 when no response arrived. */
    public int status() { return status; }
    public Map<String, List<String>> responseHeaders() { return responseHeaders; }
    public String responseBody() { return responseBody; }
    /** Why the call failed without a response (redacted), or null. */
    public String failure() { return failure; }
    public boolean negativeTest() { return negativeTest; }

    /** Whether a response arrived (a status), rather than a reset, a timeout or a refused connection. */
    public boolean answered() {
        return status >= 0;
    }

    /** First value of a response header, case-insensitive, or null (a secret one is already redacted). */
    public String responseHeader(String name) {
        return responseHeaders.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
    }

    @Override
    public String toString() {
        return "RedactedExchange[#" + seq + " " + method + " " + path + " -> " + status + "]";
    }
}
