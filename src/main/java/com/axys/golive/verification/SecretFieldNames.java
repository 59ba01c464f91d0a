package com.axys.golive.verification;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * JSON field names that carry a secret, and the kind of secret. Mirrors {@code redaction.SensitiveFields} (which is
 * package-private there) plus the credential headers the redaction policy replaces whole, so the scan and the
 * redactor agree on what must never appear unredacted. Names compare without case, dashes or underscores.
 */
final class SecretFieldNames {

    private static final Pattern OTP_DIGITS = Pattern.compile("\\d{4,10}");

    private static final Map<String, String> KIND_BY_NAME = Map.ofEntries(
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
            Map.entry("senderaccountnumber", "account-number"));

    private SecretFieldNames() {
    }

    /** The kind of secret {@code name} holds; {@code code} only when its value is 4-10 digits (an OTP). */
    static Optional<String> kindOf(String name, String value) {
        String key = name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        if (key.equals("code")) {
            return OTP_DIGITS.matcher(value).matches() ? Optional.of("otp") : Optional.empty();
        }
        return Optional.ofNullable(KIND_BY_NAME.get(key));
    }
}
