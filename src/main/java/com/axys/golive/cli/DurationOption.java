package com.axys.golive.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A duration as people type it on a command line: {@code 90s}, {@code 45m}, {@code 2h}, {@code 1h30m}, or ISO-8601
 * ({@code PT20M}). A bare number is refused: seconds or minutes would be a guess.
 */
final class DurationOption implements ITypeConverter<Duration> {

    private static final Pattern HUMAN = Pattern.compile("(?:(\\d{1,6})h)?(?:(\\d{1,6})m)?(?:(\\d{1,7})s)?");

    @Override
    public Duration convert(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        Matcher m = HUMAN.matcher(v);
        if (!v.isEmpty() && m.matches()) {
            return Duration.ofHours(number(m.group(1))).plusMinutes(number(m.group(2))).plusSeconds(number(m.group(3)));
        }
        try {
            Duration d = Duration.parse(value.trim().toUpperCase(Locale.ROOT));
            if (!d.isNegative()) {
                return d;
            }
        } catch (java.time.format.DateTimeParseException e) {
            // fall through to the one-line refusal
        }
        throw new TypeConversionException("'" + value + "' is not a duration; give a number with a unit, e.g. 90s,"
                + " 45m, 2h or 1h30m");
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }

    /** {@code 20m}, {@code 1h30m}, {@code 25s}: how the help and the run's lines write a duration back. */
    static String text(Duration d) {
        long s = d.toSeconds();
        StringBuilder b = new StringBuilder();
        if (s >= 3600) {
            b.append(s / 3600).append('h');
        }
        if (s % 3600 >= 60) {
            b.append(s % 3600 / 60).append('m');
        }
        if (s % 60 != 0 || b.length() == 0) {
            b.append(s % 60).append('s');
        }
        return b.toString();
    }
}
