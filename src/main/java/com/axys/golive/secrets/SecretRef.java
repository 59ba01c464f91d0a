package com.axys.golive.secrets;

/**
 * A reference to a secret, never its value: {@code env:NAME}, {@code file:/path} or {@code exec:<command>}.
 * STUB: to be implemented (see the secrets brief).
 */
public record SecretRef(Scheme scheme, String locator) {
    public enum Scheme { ENV, FILE, EXEC }

    /** Parses {@code env:NAME}, {@code file:/path}, {@code exec:cmd}; a bare path is read as {@code file:}. */
    public static SecretRef parse(String text) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public String toString() {
        return scheme.name().toLowerCase(java.util.Locale.ROOT) + ":" + locator;
    }
}
