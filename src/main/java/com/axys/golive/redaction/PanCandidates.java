package com.axys.golive.redaction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Card numbers nobody declared: Luhn-valid numbers of 13 to 19 digits standing alone, in one run
 * ({@code 4111111111111111}) or written in groups joined by single spaces or by single dashes
 * ({@code 4111 1111 1111 1111}, {@code 4111-1111-1111-1111}, Amex {@code 3782 822463 10005}). The redactor and the
 * leak scan share this one rule.
 *
 * <p>Standing alone: not touching a letter or digit (part of a hex hash is no PAN), nor followed by {@code @} (the
 * local part of an e-mail address, like the harness's own {@code golive-verify+<date><run suffix>@example.com}).
 * In groups: a group of four, then groups of three to six digits, anywhere in a sequence of groups ({@code step 2
 * 4111 1111 1111 1111 12/29} holds one), the longest Luhn-valid stretch being the PAN; a dashed sequence that is
 * part of a hyphenated identifier with letters in it (a UUID, a run id) is none.
 *
 * <p>Two exceptions the redactor does not need, both timestamps, which one time in ten pass Luhn by chance and would
 * otherwise fail bundles and test reports at random: a number starting with 1 of exactly 13, 16 or 19 digits is an
 * epoch timestamp in milliseconds, microseconds or nanoseconds (2001-2033), as Allure and log files are full of; and
 * 14 or 17 digits that read as a date and time {@code yyyyMMddHHmmss[SSS]} of 2000-2099 are a compact timestamp, as
 * Surefire writes into its reports ({@code surefirebooter-20261203082543160_3.jar}). No card network issues PANs of
 * those shapes: none starts with 1 at those lengths, and no 14- or 17-digit PAN starts with 20.
 */
public final class PanCandidates {

    /** Where a likely PAN stands: {@code [start, end)}, separators included. */
    public record Span(int start, int end) {

        public Span {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("span [" + start + ", " + end + ") is empty or negative");
            }
        }
    }

    private static final Pattern RUN = Pattern.compile("(?<![0-9A-Za-z])\\d{13,19}(?![0-9A-Za-z@])");
    /** Maximal sequences of digit groups joined by one kind of separator. */
    private static final Pattern SPACED = Pattern.compile("\\d++(?: \\d++)++");
    private static final Pattern DASHED = Pattern.compile("\\d++(?:-\\d++)++");
    private static final int MAX_DIGITS = 19;
    private static final int MIN_DIGITS = 13;

    private PanCandidates() {
    }

    /** Every likely PAN in {@code text}, in order, none overlapping another. */
    public static List<Span> find(CharSequence text) {
        List<Span> spans = new ArrayList<>();
        Matcher run = RUN.matcher(text);
        while (run.find()) {
            if (isLikelyPan(run.group())) {
                spans.add(new Span(run.start(), run.end()));
            }
        }
        for (Matcher m = SPACED.matcher(text); m.find(); ) {
            grouped(text, groupsOf(text, m.start(), m.end()), spans);
        }
        for (Matcher m = DASHED.matcher(text); m.find(); ) {
            if (!inHyphenatedIdentifier(text, m.start(), m.end())) {
                grouped(text, groupsOf(text, m.start(), m.end()), spans);
            }
        }
        return merged(spans);
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

    /** {@code 0b4c7d2e-5f61-4123-8123-...}, {@code run-2026-1203}: joined to a word, directly or by a dash. */
    private static boolean inHyphenatedIdentifier(CharSequence text, int start, int end) {
        boolean before = start >= 1 && isAlphanumeric(text.charAt(start - 1))
                || start >= 2 && text.charAt(start - 1) == '-' && isAlphanumeric(text.charAt(start - 2));
        boolean after = end < text.length() && isAlphanumeric(text.charAt(end))
                || end + 1 < text.length() && text.charAt(end) == '-' && isAlphanumeric(text.charAt(end + 1));
        return before || after;
    }

    /** The groups of a sequence, {@code [start, end)} each, less an end group touching a word or an {@code @}. */
    private static List<int[]> groupsOf(CharSequence text, int start, int end) {
        List<int[]> groups = new ArrayList<>();
        int from = start;
        for (int i = start; i <= end; i++) {
            if (i == end || !Character.isDigit(text.charAt(i))) {
                groups.add(new int[] {from, i});
                from = i + 1;
            }
        }
        if (start > 0 && isAlphanumeric(text.charAt(start - 1))) {
            groups.remove(0);
        }
        if (!groups.isEmpty() && end < text.length() && (isAlphanumeric(text.charAt(end)) || text.charAt(end) == '@')) {
            groups.remove(groups.size() - 1);
        }
        return groups;
    }

    /** From each group of four, the longest stretch of 3-6 digit groups after it that is a likely PAN. */
    private static void grouped(CharSequence text, List<int[]> groups, List<Span> spans) {
        for (int i = 0; i < groups.size(); i++) {
            if (length(groups.get(i)) != 4) {
                continue;
            }
            StringBuilder digits = new StringBuilder(text.subSequence(groups.get(i)[0], groups.get(i)[1]));
            int last = -1;
            for (int j = i + 1; j < groups.size() && length(groups.get(j)) >= 3 && length(groups.get(j)) <= 6; j++) {
                digits.append(text, groups.get(j)[0], groups.get(j)[1]);
                if (digits.length() > MAX_DIGITS) {
                    break;
                }
                if (digits.length() >= MIN_DIGITS && isLikelyPan(digits.toString())) {
                    last = j;
                }
            }
            if (last > 0) {
                spans.add(new Span(groups.get(i)[0], groups.get(last)[1]));
                i = last;
            }
        }
    }

    private static int length(int[] group) {
        return group[1] - group[0];
    }

    private static boolean isAlphanumeric(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static List<Span> merged(List<Span> spans) {
        spans.sort(Comparator.comparingInt(Span::start));
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            Span previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous != null && s.start() < previous.end()) {
                out.set(out.size() - 1, new Span(previous.start(), Math.max(previous.end(), s.end())));
            } else {
                out.add(s);
            }
        }
        return out;
    }
}
