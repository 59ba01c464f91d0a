package com.axys.golive.proxy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The faults {@code golive proxy --inject} can play on a backend's request, by the name written in the flag. */
public enum FaultKind {
    /** Answered 429 with {@code Retry-After} by the proxy; the request is not forwarded. */
    RATE_LIMITED("429", 429, false),
    /** Answered 503 by the proxy; the request is not forwarded. */
    UNAVAILABLE("503", 503, false),
    /** Not forwarded; the answer is held past the backend's timeout, then the connection is closed unanswered. */
    TIMEOUT("timeout", -1, false),
    /** Forwarded and answered by the target; the proxy then closes the backend's connection without the answer. */
    RESET_AFTER_SEND("reset-after-send", -1, true);

    private final String label;
    private final int status;
    private final boolean forwards;

    FaultKind(String label, int status, boolean forwards) {
        this.label = label;
        this.status = status;
        this.forwards = forwards;
    }

    /** The name in {@code --inject} and in the evidence. */
    public String label() {
        return label;
    }

    /** The status the backend is answered with, or -1 when it gets no answer. */
    public int status() {
        return status;
    }

    /** Whether the target receives the request. */
    public boolean forwards() {
        return forwards;
    }

    static Optional<FaultKind> byLabel(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.label.equals(wanted)).findFirst();
    }
}
