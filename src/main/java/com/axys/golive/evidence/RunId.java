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

    public static String next(Clock clock, String targetName) {
        byte[] suffix = new byte[3];
        RANDOM.nextBytes(suffix);
        return STAMP.format(clock.instant()) + "-" + targetName.replaceAll("[^A-Za-z0-9]", "") + "-"
                + HexFormat.of().formatHex(suffix);
    }
}
