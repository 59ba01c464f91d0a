package com.axys.golive.client;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Where long waits say how they are doing, so a staging run that waits hours for a KYC review is not silent. The
 * CLI points it at its output; by default it goes nowhere (tests, Surefire). Every line is redacted first: a poll
 * may be waiting on anything, and its last value is printed.
 */
public final class Progress {

    private final UnaryOperator<String> redact;
    private volatile Consumer<String> sink = line -> { };

    /** Progress whose every line passes through {@code redact} first (the run's redaction policy). */
    public Progress(UnaryOperator<String> redact) {
        this.redact = redact;
    }

    /** Progress for values that are never secret (tests). */
    public Progress() {
        this(UnaryOperator.identity());
    }

    public void to(Consumer<String> destination) {
        this.sink = destination;
    }

    public void report(String line) {
        sink.accept(redact.apply(line));
    }
}
