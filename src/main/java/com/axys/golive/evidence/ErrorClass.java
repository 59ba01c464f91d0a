package com.axys.golive.evidence;

/**
 * What a refused call means and what to do about it: the checklist's error-handling list (400, 401, 403, 404, 409,
 * 422, 429, 5xx) plus a connection refused at the TLS handshake.
 */
public enum ErrorClass {
    TLS_REFUSED("tls-refused", "no HTTP response: check --cert/--key are the Program's pair, signed by Axys, not expired"),
    UNREACHABLE("unreachable", "no connection: check the base URL, DNS, and that this host's network (firewall,"
            + " proxy, NAT) reaches Axys"),
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

    String action(String retryAfter) {
        return this == RATE_LIMITED && retryAfter != null ? "retry after " + retryAfter + " s (Retry-After); " + action
                : action;
    }

    /** A call that got no HTTP response, by the exception that ended it. */
    public static ErrorClass ofFailure(String failure) {
        String f = failure == null ? "" : failure;
        boolean network = f.contains("ConnectException") || f.contains("UnknownHostException")
                || f.contains("SocketTimeoutException") || f.contains("NoRouteToHostException")
                || f.contains("ConnectTimeoutException") || f.contains("HttpHostConnectException");
        return network ? UNREACHABLE : TLS_REFUSED;
    }

    public static ErrorClass of(int status, String message) {
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
