package com.axys.golive.redaction;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which JSON field names carry a secret, and of what category: the one list the redactor and the leak scan share.
 * Names are compared without case, dashes or underscores. {@code code} is an OTP only when it is all digits (an
 * error envelope's {@code code} is a word). {@code last4} fields ({@code maskedCardNumber}, {@code last4}, ...) show
 * the last four digits of a card number, which Axys makes the card's default PIN.
 */
public final class SensitiveFields {

    private static final Pattern DIGITS = Pattern.compile("\\d{4,10}");

    private static final Map<String, String> CATEGORY_BY_NAME = Map.ofEntries(
            Map.entry("cardnumber", "pan"), Map.entry("pan", "pan"), Map.entry("primaryaccountnumber", "pan"),
            Map.entry("fullcardnumber", "pan"),
            Map.entry("cvv", "cvv"), Map.entry("cvv2", "cvv"), Map.entry("cvc", "cvv"),
            Map.entry("securitycode", "cvv"),
            Map.entry("pin", "pin"), Map.entry("newpin", "pin"), Map.entry("oldpin", "pin"),
            Map.entry("currentpin", "pin"),
            Map.entry("expmonth", "expiry"), Map.entry("expyear", "expiry"), Map.entry("expiry", "expiry"),
            Map.entry("expirydate", "expiry"), Map.entry("expirationdate", "expiry"),
            Map.entry("otp", "otp"), Map.entry("otpcode", "otp"),
            Map.entry("token", "token"), Map.entry("accesstoken", "token"), Map.entry("refreshtoken", "token"),
            Map.entry("authorization", "token"), Map.entry("proxyauthorization", "token"),
            Map.entry("cookie", "token"), Map.entry("setcookie", "token"),
            Map.entry("apikey", "api-key"), Map.entry("xapikey", "api-key"), Map.entry("privatekey", "private-key"),
            Map.entry("password", "password"), Map.entry("passphrase", "password"), Map.entry("secret", "secret"),
            Map.entry("last4", "last4"), Map.entry("lastfour", "last4"), Map.entry("last4digits", "last4"),
            Map.entry("lastfourdigits", "last4"), Map.entry("panlast4", "last4"), Map.entry("panlastfour", "last4"),
            Map.entry("cardlast4", "last4"), Map.entry("cardlastfour", "last4"),
            Map.entry("maskedcardnumber", "last4"), Map.entry("maskedpan", "last4"),
            Map.entry("maskednumber", "last4"), Map.entry("maskedcard", "last4"),
            Map.entry("senderaccountnumber", "account-number"),
            Map.entry("applicationlink", "kyc-link"));

    private SensitiveFields() {
    }

    /** The secret category {@code fieldName} holds, if any ({@code code} only with a 4-10 digit value: an OTP). */
    public static Optional<String> categoryOf(String fieldName, String value) {
        String key = fieldName.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        if (key.equals("code")) {
            return value != null && DIGITS.matcher(value).matches() ? Optional.of("otp") : Optional.empty();
        }
        return Optional.ofNullable(CATEGORY_BY_NAME.get(key));
    }

    /**
     * Tokens and KYC links (bearer URLs: whoever holds one can complete the identity check) are long random values:
     * their marker keeps a fingerprint so two mentions of the same one can be correlated.
     */
    static boolean fingerprinted(String category) {
        return category.equals("token") || category.equals("kyc-link");
    }
}
