package com.axys.golive.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Card codes written as words in free text, where no JSON field name marks them: a CVV, PIN or OTP code after its
 * name ({@code cvv 123}, {@code CVV: 123}, {@code cvc=123}, {@code PIN is 1234}, {@code OTP code 123456}), and the
 * last four digits of a card number, behind a mask ({@code ************1234}, {@code XXXX-XXXX-XXXX-1234},
 * Markdown's {@code \*\*\*\*1234}) or named ({@code ending in 1234}, {@code last4: 1234}). Axys sets a card's default
 * PIN to the last four digits of its number, so those four digits are a PIN until the cardholder changes it.
 * The redactor and the leak scan share this one rule.
 *
 * <p>Between the name and the digits only spaces, {@code : = #}, quotes, backslashes (escaped JSON) and the words
 * {@code is was code number no value} may stand; the digits must stand alone and have the length of their kind
 * (CVV 3-4, PIN 4-6, OTP 4-8, last four 4). A name inside a path ({@code /cards/7/pin 200}) does not count.
 */
public final class FreeTextCodes {

    /** The category of the last four digits of a card number. */
    public static final String LAST4 = "last4";

    /** The digits of a code, {@code [start, end)}, and its category: {@code cvv pin otp last4}. */
    public record Code(int start, int end, String category) { }

    private static final Pattern NAMED = Pattern.compile("(?i)(?<![A-Za-z0-9/])(?:"
            + "(?<cvv>cvv2?|cvc2?|csc|security[ _-]?code)"
            + "|(?<pin>pin(?:[ _-]?(?:code|number))?)"
            + "|(?<otp>otp|one[ -]time[ -](?:pass(?:word|code)|code)|passcode|verification[ _-]?code)"
            + "|(?<last4>last[ _-]?(?:4|four)(?:[ _-]?digits)?|end(?:ing|s)[ ]+(?:in|with)))"
            + "(?![A-Za-z0-9])(?:[\\s:=#'\"\\\\]|(?<![A-Za-z])(?:is|was|code|number|no|value)(?![A-Za-z])){0,12}?"
            + "(?<digits>\\d{3,8})(?![0-9A-Za-z]|[.,-]\\d)");
    private static final Pattern MASKED = Pattern.compile("(?<![A-Za-z])(?:(?:\\\\{0,2}\\*|[\\u2022Xx])[ -]?){4,}+"
            + "(?<digits>\\d{4})(?![0-9A-Za-z]|[.,-]\\d)");

    private FreeTextCodes() {
    }

    /** Every code in {@code text}, in order of its digits. */
    public static List<Code> find(CharSequence text) {
        List<Code> codes = new ArrayList<>();
        Matcher named = NAMED.matcher(text);
        while (named.find()) {
            String category = category(named);
            int length = named.end("digits") - named.start("digits");
            if (fits(category, length)) {
                codes.add(new Code(named.start("digits"), named.end("digits"), category));
            }
        }
        Matcher masked = MASKED.matcher(text);
        while (masked.find()) {
            codes.add(new Code(masked.start("digits"), masked.end("digits"), LAST4));
        }
        if (codes.size() > 1) {
            codes.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
        return codes;
    }

    private static String category(Matcher m) {
        for (String category : List.of("cvv", "pin", "otp")) {
            if (m.group(category) != null) {
                return category;
            }
        }
        return LAST4;
    }

    private static boolean fits(String category, int digits) {
        return switch (category) {
            case "cvv" -> digits <= 4;
            case "pin" -> digits >= 4 && digits <= 6;
            case "otp" -> digits >= 4;
            default -> digits == 4;
        };
    }
}
