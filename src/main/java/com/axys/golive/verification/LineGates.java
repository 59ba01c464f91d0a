package com.axys.golive.verification;

import com.axys.golive.redaction.Markers;
import com.axys.golive.redaction.SensitiveFields;
import java.util.Locale;

/**
 * Cheap one-pass tests that tell when a leak rule's regular expression cannot match a line, so {@link LineRules} can
 * skip it: on a large bundle the regexes, tried at every position of every line, were nearly all of the time
 * {@code evidence verify} took. Each gate is a necessary condition of its rule, read off the rule's pattern: it may
 * say "maybe" where the rule finds nothing (the rule then runs on the whole line, exactly as before), but never "no"
 * where the rule would find something. So the scan finds what it found before, only faster.
 */
final class LineGates {

    /** Longer than any name, separators and words a {@code FreeTextCodes} named code can hold before its digits. */
    static final int NAMED_REACH = 128;

    private LineGates() {
    }

    /**
     * {@code FreeTextCodes}: a named code needs a name (cvv, cvc, csc, security code, pin, otp, one-time ...,
     * passcode, verification code, last four, ending in) not preceded by a letter, digit or {@code /}, and a digit
     * after it with only name letters, spaces, {@code : = # ' " \} and words between; a masked last four needs four
     * digits right after a mask character ({@code * • X x}), maybe with one space or dash between.
     */
    static boolean mayHoldCode(String line) {
        int n = line.length();
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (c >= '0' && c <= '9') {
                if (i >= 1 && (isMask(line.charAt(i - 1))
                        || (line.charAt(i - 1) == ' ' || line.charAt(i - 1) == '-') && i >= 2
                        && isMask(line.charAt(i - 2)))) {
                    return true;
                }
            } else if (startsName(line, i) && (i == 0 || !beforeName(line.charAt(i - 1)))
                    && digitFollows(line, i + 3)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMask(char c) {
        return c == '*' || c == '\u2022' || c == 'X' || c == 'x';
    }

    /** The first three letters of one of the names, ASCII case ignored (as {@code (?i)} does). */
    private static boolean startsName(String line, int i) {
        if (i + 3 > line.length()) {
            return false;
        }
        char a = lower(line.charAt(i));
        char b = lower(line.charAt(i + 1));
        char c = lower(line.charAt(i + 2));
        return switch (a) {
            case 'c' -> b == 'v' && (c == 'v' || c == 'c') || b == 's' && c == 'c';
            case 's' -> b == 'e' && c == 'c';
            case 'p' -> b == 'i' && c == 'n' || b == 'a' && c == 's';
            case 'o' -> b == 't' && c == 'p' || b == 'n' && c == 'e';
            case 'v' -> b == 'e' && c == 'r';
            case 'l' -> b == 'a' && c == 's';
            case 'e' -> b == 'n' && c == 'd';
            default -> false;
        };
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /** What the named-code rule's look-behind refuses before a name. */
    private static boolean beforeName(char c) {
        return isAsciiAlnum(c) || c == '/';
    }

    /** A digit within reach, reached over name letters and the separators and words a named code allows. */
    private static boolean digitFollows(String line, int from) {
        int end = Math.min(line.length(), from + NAMED_REACH);
        for (int i = from; i < end; i++) {
            char c = line.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
            boolean between = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == ' ' || c == '_' || c == '-'
                    || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r'
                    || c == ':' || c == '=' || c == '#' || c == '\'' || c == '"' || c == '\\';
            if (!between) {
                return false;
            }
        }
        return false;
    }

    /**
     * {@code PanCandidates}: a card number in one run is a whole digit run of 13 to 19; in groups it starts with a
     * group of four followed by groups of three to six, each after one space or dash, 13 digits at least in all.
     */
    static boolean mayHoldPan(String line) {
        int n = line.length();
        int previousEnd = -2;   // end of the digit run before, when only one separator stands between
        int chainFromFour = -1; // digits since the last group of four in this chain, -1 when none
        for (int i = 0; i < n; ) {
            char c = line.charAt(i);
            if (c < '0' || c > '9') {
                i++;
                continue;
            }
            int start = i;
            while (i < n && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
                i++;
            }
            int length = i - start;
            if (length >= 13) {
                return true;
            }
            boolean joined = previousEnd == start - 1 && (line.charAt(start - 1) == ' ' || line.charAt(start - 1) == '-');
            if (!joined) {
                chainFromFour = -1;
            }
            if (chainFromFour >= 0 && length >= 3 && length <= 6) {
                chainFromFour += length;
                if (chainFromFour >= 13) {
                    return true;
                }
            } else {
                chainFromFour = -1;
            }
            if (length == 4) {
                chainFromFour = Math.max(chainFromFour, 4);
            }
            previousEnd = i;
        }
        return false;
    }

    /** {@code LineRules}' header rule: {@code X-API-Key} or {@code Authorization}, then spaces or tabs, then a colon. */
    static boolean mayHoldHeader(String line) {
        return headerAt(line, "x-api-key") || headerAt(line, "authorization");
    }

    private static boolean headerAt(String line, String name) {
        for (int i = indexOfIgnoreCase(line, name, 0); i >= 0; i = indexOfIgnoreCase(line, name, i + 1)) {
            int j = i + name.length();
            while (j < line.length() && (line.charAt(j) == ' ' || line.charAt(j) == '\t')) {
                j++;
            }
            if (j < line.length() && line.charAt(j) == ':') {
                return true;
            }
        }
        return false;
    }

    private static int indexOfIgnoreCase(String line, String lowerName, int from) {
        char first = lowerName.charAt(0);
        for (int i = from, last = line.length() - lowerName.length(); i <= last; i++) {
            if (lower(line.charAt(i)) == first && line.regionMatches(true, i, lowerName, 0, lowerName.length())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@code LineRules}' field rule: a finding needs a quoted name of a secret field ({@link SensitiveFields}), a
     * colon, and a value that is not a {@code [REDACTED:...]} marker. Every quote in the line is tried as a name's
     * opening (the rule also reads fields inside escaped JSON in a value).
     */
    static boolean mayHoldSecretField(String line) {
        int n = line.length();
        for (int q = line.indexOf('"'); q >= 0; q = line.indexOf('"', q + 1)) {
            int nameStart = q + 1;
            if (nameStart >= n || !isAsciiLetter(line.charAt(nameStart))) {
                continue;
            }
            int nameEnd = nameStart;
            while (nameEnd < n && isNameChar(line.charAt(nameEnd))) {
                nameEnd++;
            }
            if (nameEnd - nameStart > 41 || nameEnd >= n || line.charAt(nameEnd) != '"' && line.charAt(nameEnd) != '\\') {
                continue;
            }
            String name = line.substring(nameStart, nameEnd);
            boolean code = name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").equals("code");
            if (!code && SensitiveFields.categoryOf(name, null).isEmpty()) {
                continue;
            }
            if (!plainMarkerOrNoValue(line, nameEnd, code)) {
                return true;
            }
        }
        return false;
    }

    /**
     * After a secret field's name: true when what follows cannot be a value the rule reports: no closing quote and
     * colon, or a string that is exactly a marker, or (for a field named {@code code}) a string that does not start
     * with a digit. The rule's escape level (0 to 3 backslashes before each quote) is the count after the name; a
     * value or marker end with another count is not read as plain.
     */
    private static boolean plainMarkerOrNoValue(String line, int afterName, boolean code) {
        int n = line.length();
        int esc = backslashes(line, afterName);
        int i = afterName + esc;
        if (esc > 3 || i >= n || line.charAt(i) != '"') {
            return true;
        }
        i = skipSpace(line, i + 1);
        if (i >= n || line.charAt(i) != ':') {
            return true;
        }
        i = skipSpace(line, i + 1);
        if (i >= n) {
            return true;
        }
        char c = line.charAt(i);
        if (c == '-' || c >= '0' && c <= '9') {
            return false;
        }
        if (backslashes(line, i) != esc || i + esc >= n || line.charAt(i + esc) != '"') {
            return true;
        }
        int value = i + esc + 1;
        if (code) {
            return value >= n || line.charAt(value) < '0' || line.charAt(value) > '9';
        }
        if (!line.startsWith(Markers.PREFIX, value)) {
            return false;
        }
        int j = value + Markers.PREFIX.length();
        while (j < n && line.charAt(j) != ']') {
            char m = line.charAt(j);
            if (m == '[' || m == '"' || m == '\\') {
                return false;
            }
            j++;
        }
        if (j >= n) {
            return false;
        }
        j++;
        return backslashes(line, j) == esc && j + esc < n && line.charAt(j + esc) == '"';
    }

    private static int backslashes(String line, int from) {
        int i = from;
        while (i < line.length() && line.charAt(i) == '\\') {
            i++;
        }
        return i - from;
    }

    /** What {@code \s} matches without the UNICODE_CHARACTER_CLASS flag. */
    private static int skipSpace(String line, int i) {
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != 0x0B && c != '\f' && c != '\r') {
                break;
            }
            i++;
        }
        return i;
    }

    private static boolean isNameChar(char c) {
        return isAsciiAlnum(c) || c == '_' || c == '-';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiAlnum(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9';
    }
}
