package com.axys.golive.evidence;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;

/** Run ids sort by time and say where the run went: {@code 20261126T105500Z-staging-3f9a1c}. */
public final class RunId {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    private RunId() {
    }

    private static final java.util.regex.Pattern SHAPE =
            java.util.regex.Pattern.compile("\\d{8}T\\d{6}Z-[A-Za-z0-9]*-[0-9a-f]{6}");

    /** Whether {@code id} has the shape {@link #next} gives: a folder name, never a path. */
    public static boolean isValid(String id) {
        return id != null && SHAPE.matcher(id).matches();
    }

    public static String next(Clock clock, String targetName) {
        byte[] suffix = new byte[3];
        RANDOM.nextBytes(suffix);
        return STAMP.format(clock.instant()) + "-" + targetName.replaceAll("[^A-Za-z0-9]", "") + "-"
                + HexFormat.of().formatHex(suffix);
    }
}
