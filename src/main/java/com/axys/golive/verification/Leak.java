package com.axys.golive.verification;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A secret written where it must not be: file (relative to the scanned folder), 1-based line and column where the
 * value starts, its kind ({@code pan}, {@code cvv}, {@code pin}, {@code otp}, {@code expiry}, {@code api-key},
 * {@code private-key}, {@code token}, {@code password}, {@code known-secret}, ...) and the rule that found it.
 * It never holds the value, nor any part of it: the location is enough to find and purge it.
 */
public record Leak(String file, long line, int column, String kind, String rule) {

    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,30}");

    public Leak {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(rule, "rule");
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("a leak kind is a short lower-case word like 'pan'; got another text"
                    + " (not shown: it might be a value)");
        }
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
    }

    /** "calls.jsonl line 3, column 57: pan (Luhn-valid 13-19 digit number standing alone)". */
    public String text() {
        return file + " line " + line + ", column " + column + ": " + kind + " (" + rule + ")";
    }

    @Override
    public String toString() {
        return text();
    }
}
