package com.axys.golive.contract;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * States one broken JSON-schema rule from the library's (json-schema-validator's) message text, without the
 * offending value: bodies carry PANs, CVVs, PINs and OTP codes. At most a small integer of an enum field is shown.
 * Messages it does not know keep their text, with every quoted literal masked.
 */
final class SchemaRule {

    private static final Pattern TYPE = Pattern.compile("Instance type \\((\\w+)\\) does not match any allowed"
            + " primitive type \\(allowed: \\[(.*)\\]\\)");
    private static final Pattern ENUM = Pattern.compile("Instance value \\((.*)\\) not found in enum"
            + " \\(possible values: \\[(.*)\\]\\)");
    private static final Pattern REGEX = Pattern.compile("ECMA 262 regex \"(.*)\" does not match input string");
    private static final Pattern LENGTH = Pattern.compile("\\(length: (\\d+), required (minimum|maximum): (\\d+)\\)");
    private static final Pattern BOUND = Pattern.compile("(minimum|maximum): (-?[0-9.Ee+]+)");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");
    private static final Pattern SMALL_INTEGER = Pattern.compile("-?\\d{1,6}");

    private SchemaRule() {
    }

    /**
     * @param keyword the JSON-schema keyword, the last part of the library's message key ({@code type}, {@code enum})
     * @param text    the library's message without its {@code [Path '...']} prefix
     */
    static String describe(String keyword, String text) {
        Matcher matcher;
        switch (keyword) {
            case "type":
                matcher = TYPE.matcher(text);
                if (matcher.find()) {
                    return "expected " + String.join(" or ", unquote(matcher.group(2)).split(","))
                            + ", got " + matcher.group(1);
                }
                break;
            case "enum":
                matcher = ENUM.matcher(text);
                if (matcher.find()) {
                    String value = matcher.group(1);
                    return "expected one of [" + unquote(matcher.group(2)).replace(",", ", ") + "]"
                            + (SMALL_INTEGER.matcher(value).matches() ? ", got " + value : "");
                }
                break;
            case "pattern":
                matcher = REGEX.matcher(text);
                if (matcher.find()) {
                    return "does not match the pattern " + matcher.group(1);
                }
                break;
            case "minLength":
            case "maxLength":
                matcher = LENGTH.matcher(text);
                if (matcher.find()) {
                    return "length " + matcher.group(1) + " is " + (matcher.group(2).equals("minimum")
                            ? "below the minimum " : "above the maximum ") + matcher.group(3);
                }
                break;
            case "minimum":
            case "maximum":
            case "exclusiveMinimum":
            case "exclusiveMaximum":
                matcher = BOUND.matcher(text);
                if (matcher.find()) {
                    return "is " + (matcher.group(1).equals("minimum") ? "below the minimum " : "above the maximum ")
                            + matcher.group(2);
                }
                break;
            default:
                break;
        }
        return keyword + ": " + QUOTED.matcher(text).replaceAll("\"...\"");
    }

    /** {@code "a","b"} to {@code a,b}. */
    static String unquote(String list) {
        return String.join(",", Arrays.stream(list.split(",")).map(item -> item.strip().replace("\"", "")).toList());
    }
}
