package com.axys.golive.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Card numbers nobody declared: Luhn-valid runs of 13 to 19 digits standing alone (a run touching a letter or
 * digit, like part of a hex hash, is not a PAN). The redactor and the leak scan share this one rule.
 *
 * <p>Two exceptions the redactor does not need, both timestamps, which one time in ten pass Luhn by chance and would
 * otherwise fail bundles and test reports at random: a run starting with 1 of exactly 13, 16 or 19 digits is an
 * epoch timestamp in milliseconds, microseconds or nanoseconds (2001-2033), as Allure and log files are full of; and
 * 14 or 17 digits that read as a date and time {@code yyyyMMddHHmmss[SSS]} of 2000-2099 are a compact timestamp, as
 * Surefire writes into its reports ({@code surefirebooter-20261203082543160_3.jar}). No card network issues PANs of
 * those shapes: none starts with 1 at those lengths, and no 14- or 17-digit PAN starts with 20.
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

    /** A Luhn-valid digit run that is not a timestamp. */
    public static boolean isLikelyPan(String digits) {
        return Luhn.valid(digits) && !isEpochTimestamp(digits) && !isCompactTimestamp(digits);
    }

    static boolean isEpochTimestamp(String digits) {
        int n = digits.length();
        return digits.charAt(0) == '1' && (n == 13 || n == 16 || n == 19);
    }

    static boolean isCompactTimestamp(String digits) {
        int n = digits.length();
        return (n == 14 || n == 17) && digits.startsWith("20")
                && between(digits, 4, 1, 12) && between(digits, 6, 1, 31)
                && between(digits, 8, 0, 23) && between(digits, 10, 0, 59) && between(digits, 12, 0, 59);
    }

    private static boolean between(String digits, int at, int min, int max) {
        int value = (digits.charAt(at) - '0') * 10 + digits.charAt(at + 1) - '0';
        return value >= min && value <= max;
    }
}
