package com.axys.golive.evidence;

/**
 * What a refused call means and what to do about it: the checklist's error-handling list (400, 401, 403, 404, 409,
 * 422, 429, 5xx), an answer that is not Axys's at all (a gateway's or WAF's HTML page), and a call with no answer by
 * its real cause: handshake refused, connection refused, connect timeout, DNS, reset while sending, reset or closed
 * after sending, read timeout. The labels are written into {@code errors.jsonl}; keep them stable.
 */
public enum ErrorClass {
    TLS_REFUSED("tls-refused", "no HTTP response: check --cert/--key are the Program's pair, signed by Axys, not expired"),
    UNREACHABLE("unreachable", "no connection: check the base URL, DNS, and that this host's network (firewall,"
            + " proxy, NAT) reaches Axys"),
    CONNECT_TIMEOUT("connect-timeout", "no connection within the connect timeout: check the base URL's host and port,"
            + " and that no firewall drops this host's packets; retry later if the target is overloaded"),
    DNS("dns", "the target's host name does not resolve: check the base URL's spelling and this host's DNS"),
    RESET_BEFORE_SENT("reset-before-sent", "the connection was reset while the request was being sent: it did not"
            + " arrive whole; retry GETs; reconcile a POST/PUT before retrying it"),
    RESET_AFTER_SENT("reset-after-sent", "the connection was reset after the request was sent: the target may have"
            + " applied it (a lost answer); retry GETs; reconcile a POST/PUT before retrying it"),
    CLOSED_WITHOUT_ANSWER("closed-without-answer", "the target closed the connection without an answer: it may have"
            + " applied the request; retry GETs; reconcile a POST/PUT before retrying it"),
    READ_TIMEOUT("read-timeout", "no answer within the read timeout after the request was sent: the target may have"
            + " applied it; retry GETs with backoff; reconcile a POST/PUT before retrying it"),
    GATEWAY_PAGE("gateway-page", "the answer is not Axys's JSON (an HTML page of a gateway, proxy or WAF): check the"
            + " base URL points at the Axys API and ask whoever runs the gateway why it answered"),
    MALFORMED("malformed-request", "fix the request body or path; do not retry unchanged"),
    AUTHENTICATION("authentication", "check X-API-Key is the Program-level key for this environment"),
    IP_OR_FCRDNS("ip-allowlist-or-fcrdns", "403 'No Authorised IPs configured' has two causes: (a) calling IP not on the"
            + " allowlist — check Account Management; (b) FCrDNS failed — run 'golive preflight' (dig +short <domain>,"
            + " dig +short -x <ip>)"),
    FORBIDDEN("forbidden", "check the Program's permissions; raise a support ticket if it persists"),
    NOT_FOUND("not-found", "check the id; /staging/* paths do not exist in production"),
    CONFLICT("invalid-state", "read the entity's current state first; do not retry until it changes"),
    VALIDATION("validation", "fix the field named in the error; do not retry unchanged"),
    RATE_LIMITED("rate-limited", "wait for Retry-After, then retry (GET only; POST/PUT after reconciliation)"),
    SERVER("server-error", "retry GETs with backoff; reconcile before retrying POST/PUT; ticket if it persists"),
    OTHER("other", "investigate");

    private final String label;
    private final String action;

    ErrorClass(String label, String action) {
        this.label = label;
        this.action = action;
    }

    public String label() {
        return label;
    }

    /** What to do about it, without a Retry-After. */
    public String action() {
        return action(null);
    }

    String action(String retryAfter) {
        return this == RATE_LIMITED && retryAfter != null ? "retry after " + retryAfter + " s (Retry-After); " + action
                : action;
    }

    /**
     * A call that got no HTTP response, by the exception that ended it ({@code class: message}, as the capture
     * records it). A reset during the TLS handshake is the handshake refused; after it, a reset while writing (broken
     * pipe, "reset by peer") is before the request was sent whole, a reset while reading is after it was sent.
     */
    public static ErrorClass ofFailure(String failure) {
        String f = failure == null ? "" : failure;
        String lower = f.toLowerCase(java.util.Locale.ROOT);
        if (f.contains("SSLHandshakeException") || lower.contains("handshake")) {
            return TLS_REFUSED;
        }
        if (f.contains("UnknownHostException")) {
            return DNS;
        }
        if (f.contains("ConnectTimeoutException") || lower.contains("connect timed out")) {
            return CONNECT_TIMEOUT;
        }
        if (f.contains("SocketTimeoutException")) {
            return READ_TIMEOUT;
        }
        if (f.contains("ConnectException") || f.contains("NoRouteToHostException")) {
            return UNREACHABLE;
        }
        if (f.contains("NoHttpResponseException")) {
            return CLOSED_WITHOUT_ANSWER;
        }
        if (lower.contains("broken pipe") || lower.contains("reset by peer")) {
            return RESET_BEFORE_SENT;
        }
        if (lower.contains("connection reset")) {
            return RESET_AFTER_SENT;
        }
        return OTHER;
    }

    /**
     * Whether an answer with this status is a passing condition (rate limit, server error, gateway) rather than a
     * verdict on the request: 429, 500, 502, 503 and 504. A read answered so is retried (see
     * {@code client.RetryPolicy}); the contract check does not hold it against the target.
     */
    public static boolean transientStatus(int status) {
        return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    }

    /**
     * Whether a call with no answer failed in a way that may pass: a reset, a close without an answer or a read
     * timeout, after a connection was made. A refused connection, DNS, a connect timeout or a refused handshake is
     * not: the same call would fail the same way.
     */
    public boolean transientFailure() {
        return this == RESET_BEFORE_SENT || this == RESET_AFTER_SENT || this == CLOSED_WITHOUT_ANSWER
                || this == READ_TIMEOUT;
    }

    /** An answered call by its status, when its body is the Axys JSON envelope (or empty). */
    public static ErrorClass of(int status, String message) {
        return of(status, message, true);
    }

    /**
     * An answered call by its status and whether its body is JSON: any status whose body is not (an HTML page) is
     * a gateway's or WAF's answer, not the Axys error it would otherwise be filed as.
     */
    public static ErrorClass of(int status, String message, boolean jsonOrEmptyBody) {
        if (status >= 0 && !jsonOrEmptyBody) {
            return GATEWAY_PAGE;
        }
        if (status < 0) {
            return TLS_REFUSED;
        }
        return switch (status) {
            case 400 -> MALFORMED;
            case 401 -> AUTHENTICATION;
            case 403 -> message != null && message.contains("No Authorised IPs") ? IP_OR_FCRDNS : FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 409 -> CONFLICT;
            case 422 -> VALIDATION;
            case 429 -> RATE_LIMITED;
            default -> status >= 500 ? SERVER : OTHER;
        };
    }
}
