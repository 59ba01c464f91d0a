package com.axys.golive.secrets;

import com.axys.golive.HarnessException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A reference to a secret, never its value: {@code env:NAME}, {@code file:/path} or {@code exec:<command>}.
 * Its text is safe to print; the value it points at is read only by {@link SecretResolver}.
 */
public record SecretRef(Scheme scheme, String locator) {

    private static final String FORMS = "write env:NAME, file:/path or exec:<command>";
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

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
                return new SecretRef(scheme, trimmed.substring(prefix.length()).strip());
            }
        }
        return new SecretRef(Scheme.FILE, trimmed);
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
