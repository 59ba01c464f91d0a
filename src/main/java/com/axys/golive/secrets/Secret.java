package com.axys.golive.secrets;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A secret value held in memory only, labelled with where it came from. {@link #toString()} shows the source, never
 * the value; {@link #wipe()} zeroes the value once it is no longer needed. Equality is identity, on purpose.
 */
public final class Secret {

    private final String source;
    private final byte[] value;
    private boolean wiped;

    private Secret(String source, byte[] value) {
        this.source = requireSource(source);
        this.value = Objects.requireNonNull(value, "value").clone();
    }

    /** A secret made in memory (e.g. the simulator's generated API key); {@code source} says what it is. */
    public static Secret of(String source, byte[] value) {
        return new Secret(source, value);
    }

    /** Like {@link #of(String, byte[])} for a text value, stored as UTF-8. */
    public static Secret of(String source, String value) {
        return new Secret(source, Objects.requireNonNull(value, "value").getBytes(StandardCharsets.UTF_8));
    }

    /** A copy of the raw bytes, exactly as read (nothing trimmed): for binary content such as a PKCS#12 store. */
    public byte[] bytes() {
        return live().clone();
    }

    /** The value as UTF-8 text without trailing whitespace: files and commands usually end with a newline. */
    public String asString() {
        return new String(live(), StandardCharsets.UTF_8).stripTrailing();
    }

    /** Like {@link #asString()} as a fresh char array the caller may zero after use (passphrases). */
    public char[] asChars() {
        CharBuffer decoded = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(live()));
        int end = decoded.limit();
        while (end > 0 && Character.isWhitespace(decoded.get(end - 1))) {
            end--;
        }
        char[] chars = new char[end];
        decoded.get(chars, 0, end);
        if (decoded.hasArray()) {
            Arrays.fill(decoded.array(), '\0');
        }
        return chars;
    }

    /** True when the value holds nothing but whitespace. */
    public boolean isBlank() {
        for (byte b : live()) {
            if (!Character.isWhitespace(b & 0xff)) {
                return false;
            }
        }
        return true;
    }

    /** Where it came from, e.g. {@code env:AXYS_API_KEY}: safe to print. */
    public String source() {
        return source;
    }

    /** Zeroes the value; any later read fails. */
    public void wipe() {
        Arrays.fill(value, (byte) 0);
        wiped = true;
    }

    @Override
    public String toString() {
        return "Secret[" + source + "]";
    }

    private byte[] live() {
        if (wiped) {
            throw new IllegalStateException("secret '" + source + "' was wiped and cannot be read again");
        }
        return value;
    }

    private static String requireSource(String source) {
        Objects.requireNonNull(source, "source");
        if (source.isBlank()) {
            throw new IllegalArgumentException("a secret needs a source naming where it came from, e.g. env:NAME");
        }
        return source;
    }
}
