package com.axys.golive.redaction;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** The text that stands where a secret was: {@code [REDACTED:pan]}. One format, so scans and readers know it. */
public final class Markers {

    public static final String PREFIX = "[REDACTED:";

    private static final Pattern MARKER = Pattern.compile(Pattern.quote(PREFIX) + "[^\\[\\]]*]");

    private Markers() {
    }

    /** True when {@code text} is one marker and nothing else: it holds no secret. */
    public static boolean isMarker(String text) {
        return text.startsWith(PREFIX) && MARKER.matcher(text).matches();
    }

    public static String of(String category) {
        return PREFIX + category + "]";
    }

    /**
     * A marker that still lets a reader correlate two mentions of the same long random value (an OTP subscription
     * token): the first 12 hex digits of its SHA-256. Never use it for short or guessable values.
     */
    public static String fingerprinted(String category, String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return PREFIX + category + "#" + HexFormat.of().formatHex(digest, 0, 6) + "]";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
