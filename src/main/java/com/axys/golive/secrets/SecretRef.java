package com.axys.golive.secrets;

import com.axys.golive.HarnessException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A reference to a secret, never its value: {@code env:NAME}, {@code file:/path} or {@code exec:<command>}.
 * Its text is safe to print; the value it points at is read only by {@link SecretResolver}. Text written without a
 * scheme is {@code bare}: read as a file path, but it may be a value pasted where a reference belongs, so messages
 * about a bare reference that names no file do not repeat it.
 */
public record SecretRef(Scheme scheme, String locator, boolean bare) {

    private static final String FORMS = "write env:NAME, file:/path or exec:<command>";
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    /** Where the value lives. */
    public enum Scheme { ENV, FILE, EXEC }

    public SecretRef {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(locator, "locator");
        String text = prefix(scheme) + locator;
        if (locator.isBlank()) {
            throw new HarnessException(HarnessException.Category.USAGE,
                    "secret reference '" + text + "' names no " + noun(scheme) + "; " + FORMS);
        }
        if (scheme == Scheme.ENV && !VARIABLE.matcher(locator).matches()) {
            throw new HarnessException(HarnessException.Category.USAGE, "secret reference '" + text
                    + "' is not an environment variable name (letters, digits, _); " + FORMS);
        }
        if (bare && scheme != Scheme.FILE) {
            throw new IllegalArgumentException("only a file path can be written without a scheme");
        }
    }

    /** A reference written with its scheme. */
    public SecretRef(Scheme scheme, String locator) {
        this(scheme, locator, false);
    }

    /**
     * Parses {@code env:NAME}, {@code file:/path} (also relative or {@code ~/...}) and {@code exec:<command>};
     * text without one of these schemes is read as a file path. The scheme is case-insensitive.
     */
    public static SecretRef parse(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new HarnessException(HarnessException.Category.USAGE, "secret reference is empty; " + FORMS);
        }
        for (Scheme scheme : Scheme.values()) {
            String prefix = prefix(scheme);
            if (trimmed.regionMatches(true, 0, prefix, 0, prefix.length())) {
                String locator = trimmed.substring(prefix.length()).strip();
                if (scheme == Scheme.FILE) {
                    refuseValue(locator);
                }
                return new SecretRef(scheme, locator);
            }
        }
        refuseValue(trimmed);
        return new SecretRef(Scheme.FILE, trimmed, true);
    }

    /** Refuses, without repeating it, text that no path holds: PEM text, a line break, a control character. */
    private static void refuseValue(String text) {
        String holds = text.startsWith("-----BEGIN") ? "PEM text"
                : text.contains("\n") || text.contains("\r") ? "a line break"
                : CONTROL.matcher(text).find() ? "a control character" : null;
        if (holds != null) {
            throw new HarnessException(HarnessException.Category.USAGE, "a credential was given as text that cannot"
                    + " be a reference or a path (it holds " + holds + "; not shown); " + FORMS
                    + " (PEM text itself can be passed in AXYS_CLIENT_CERT or AXYS_CLIENT_KEY)");
        }
    }

    private static String prefix(Scheme scheme) {
        return scheme.name().toLowerCase(Locale.ROOT) + ":";
    }

    private static String noun(Scheme scheme) {
        return switch (scheme) {
            case ENV -> "variable";
            case FILE -> "file";
            case EXEC -> "command";
        };
    }

    /** The reference as written, e.g. {@code env:AXYS_API_KEY}: safe to print, it is not the value. */
    @Override
    public String toString() {
        return prefix(scheme) + locator;
    }
}
