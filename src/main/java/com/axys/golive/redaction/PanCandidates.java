package com.axys.golive.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Card numbers nobody declared: Luhn-valid runs of 13 to 19 digits standing alone (a run touching a letter or
 * digit, like part of a hex hash, is not a PAN). The redactor and the leak scan share this one rule.
 *
 * <p>One exception the redactor does not need: a run starting with 1 of exactly 13, 16 or 19 digits is an epoch
 * timestamp in milliseconds, microseconds or nanoseconds (2001-2033), as Allure and log files are full of. No card
 * network issues PANs starting with 1 at those lengths, and one in ten such timestamps passes Luhn by chance, which
 * would otherwise fail almost every bundle that carries a report.
 */
public final class PanCandidates {

    /** 13-19 digits not touching another letter or digit. */
    public static final Pattern PAN_CANDIDATE = Pattern.compile("(?<![0-9A-Za-z])\\d{13,19}(?![0-9A-Za-z])");

    private PanCandidates() {
    }

    /** 0-based start of every likely PAN in {@code line}. */
    public static List<Integer> find(String line) {
        List<Integer> starts = new ArrayList<>();
        Matcher m = PAN_CANDIDATE.matcher(line);
        while (m.find()) {
            String digits = m.group();
            if (isLikelyPan(digits)) {
                starts.add(m.start());
            }
        }
        return starts;
    }

    /** A Luhn-valid digit run that is not an epoch timestamp. */
    public static boolean isLikelyPan(String digits) {
        return Luhn.valid(digits) && !isEpochTimestamp(digits);
    }

    static boolean isEpochTimestamp(String digits) {
        int n = digits.length();
        return digits.charAt(0) == '1' && (n == 13 || n == 16 || n == 19);
    }
}
