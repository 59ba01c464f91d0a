package com.axys.golive.simulator.domain;

import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Money as decimal text, the form the staging simulation endpoints take ("12.50", at most 2 decimals) and the form
 * the simulator gives a transaction's or fee's string {@code amount} in. Inside the simulator every amount is an
 * integer of minor units (1250 = 12.50), like the API's decimal-implied integers.
 */
public final class DecimalAmount {

    /** Up to 9 whole digits and at most 2 decimals: "12", "12.5", "12.50". */
    static final Pattern FORMAT = Pattern.compile("\\d{1,9}(\\.\\d{1,2})?");
    static final String RULE = "decimal string > 0 with at most 2 decimals, e.g. \"12.50\"";

    private DecimalAmount() {
    }

    /** The minor units of {@code text}, empty when it is not in {@link #FORMAT}. */
    public static OptionalLong parse(String text) {
        if (text == null || !FORMAT.matcher(text).matches()) {
            return OptionalLong.empty();
        }
        int dot = text.indexOf('.');
        if (dot < 0) {
            return OptionalLong.of(Long.parseLong(text) * 100);
        }
        String decimals = (text.substring(dot + 1) + "0").substring(0, 2);
        return OptionalLong.of(Long.parseLong(text.substring(0, dot)) * 100 + Long.parseLong(decimals));
    }

    /** {@code minorUnits} as decimal text with two decimals: 1250 → "12.50", -5 → "-0.05". */
    public static String format(long minorUnits) {
        long abs = Math.abs(minorUnits);
        return (minorUnits < 0 ? "-" : "") + abs / 100 + "." + String.format("%02d", abs % 100);
    }
}
