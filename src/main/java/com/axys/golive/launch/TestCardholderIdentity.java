package com.axys.golive.launch;

import java.util.regex.Pattern;

/**
 * How the Phase 3 test cardholder is recognisable as internal test data, in production and in every later report:
 * last name {@value #LAST_NAME} and an {@code example.com} e-mail address carrying the run's date and suffix.
 */
public final class TestCardholderIdentity {

    public static final String LAST_NAME = "Golive-Verification";

    private static final Pattern RUN_ID = Pattern.compile("^(\\d{8})T\\d{6}Z-.*-([0-9a-f]+)$");

    private TestCardholderIdentity() {
    }

    /**
     * {@code golive-verify+<yyyymmdd><suffix>@example.com} for run {@code 20261126T105500Z-production-3f9a1c}: at most
     * 50 characters, as POST /cardholders requires.
     */
    public static String email(String runId) {
        var m = RUN_ID.matcher(runId);
        String tag = m.matches() ? m.group(1) + m.group(2) : runId.replaceAll("[^A-Za-z0-9]", "");
        if (tag.length() > 20) {
            tag = tag.substring(tag.length() - 20);
        }
        return "golive-verify+" + tag + "@example.com";
    }
}
