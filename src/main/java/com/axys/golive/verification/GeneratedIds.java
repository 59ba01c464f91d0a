package com.axys.golive.verification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where Allure writes the identifiers it generates, so that one which happens to look like a card number is not taken
 * for one: a report's test-case uid is 13 to 16 random hex digits, now and then all digits and Luhn-valid (about one
 * run in a few hundred). An identifier is told apart by where it stands, never by its value: it is the whole string
 * value of an id field ({@code "uid"}, {@code "uuid"}, {@code "parentUid"}, {@code "historyId"},
 * {@code "testCaseId"}, also inside escaped JSON), or the name of a file named after it, at the start of a string or
 * of a path segment ({@code "source":"<uid>.json"}, {@code report/data/test-cases/<uid>.json}).
 *
 * <p>Only the card-number pattern yields to this: a PAN the run learned is found there too, by its value.
 */
final class GeneratedIds {

    /** How far back an id field's name may start: {@code \\\"historyId\\\" : \\\"}. */
    private static final int LOOK_BEHIND = 48;
    private static final Pattern ID_FIELD = Pattern.compile("(?<esc>\\\\{0,3})\"(?:uid|uuid|parentUid|historyId"
            + "|testCaseId)\\k<esc>\"\\s*:\\s*\\k<esc>\"\\z");
    private static final Pattern FILE_EXTENSION = Pattern.compile("\\.(?:json|jsonl|txt|html?|csv|xml|png|jpe?g"
            + "|svg|log|md|zip|gz)(?![0-9A-Za-z])");

    private GeneratedIds() {
    }

    /** True when {@code line[start, end)} stands where Allure writes a generated id. */
    static boolean standsAt(String line, int start, int end) {
        return isIdFieldValue(line, start, end) || isFileName(line, start, end);
    }

    private static boolean isIdFieldValue(String line, int start, int end) {
        Matcher field = ID_FIELD.matcher(line).region(Math.max(0, start - LOOK_BEHIND), start);
        if (!field.find()) {
            return false;
        }
        String close = field.group("esc") + "\"";
        return line.startsWith(close, end);
    }

    private static boolean isFileName(String line, int start, int end) {
        if (start == 0 || (line.charAt(start - 1) != '"' && line.charAt(start - 1) != '/')) {
            return false;
        }
        return FILE_EXTENSION.matcher(line).region(end, line.length()).lookingAt();
    }
}
