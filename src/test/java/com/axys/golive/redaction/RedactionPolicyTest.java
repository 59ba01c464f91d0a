package com.axys.golive.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.redaction.CapturedExchange;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class RedactionPolicyTest {

    private static final String PAN = "4111111111111111";
    private static final String API_KEY = "sk_live_abcdef0123456789";

    private final SensitiveValues known = new SensitiveValues();
    private final RedactionPolicy policy = new RedactionPolicy(known);

    private static CapturedExchange exchange(String path, String requestBody, String responseBody) {
        return new CapturedExchange(1, Instant.EPOCH, 5, "GET", "https://h/v2" + path, path, "",
                Map.of("X-API-Key", List.of(API_KEY), "Content-Type", List.of("application/json")), requestBody, 200,
                Map.of("Content-Type", List.of("application/json")), responseBody, null, false);
    }

    @Test
    void cardDetailsLoseEverySensitiveFieldButKeepTheirShape() {
        RedactedExchange r = policy.redact(exchange("/cards/1/details", "",
                "{\"status\":\"success\",\"cardId\":1,\"cardNumber\":\"" + PAN
                        + "\",\"cvv\":\"123\",\"expMonth\":\"07\",\"expYear\":\"2029\"}"));
        assertThat(r.responseBody()).doesNotContain(PAN).doesNotContain("\"123\"").doesNotContain("2029")
                .contains("\"cardNumber\":\"[REDACTED:pan]\"").contains("\"cvv\":\"[REDACTED:cvv]\"")
                .contains("\"cardId\":1");
        assertThat(known.categoryOf(PAN)).contains("pan");
    }

    @Test
    void aBearerCredentialIsLearnedAndCaughtWhereverItIsEchoed() {
        String token = "eyJhbGciOiJIUzI1NiJ9.backend-own-token";
        RedactedExchange r = policy.redact(new CapturedExchange(1, Instant.EPOCH, 5, "GET", "https://h/v2/cardholders",
                "/cardholders", "", Map.of("Authorization", List.of("Bearer " + token)), "", 401,
                Map.of("Content-Type", List.of("text/plain")), "token " + token + " expired", null, false));
        assertThat(r.responseBody()).doesNotContain(token);
        assertThat(policy.redactText("retry with " + token)).doesNotContain(token);
        assertThat(known.categoryOf(token)).isPresent();
    }

    @Test
    void theApiKeyHeaderIsMaskedAndTheKeyIsCaughtWhereverItIsEchoed() {
        RedactedExchange r = policy.redact(exchange("/cardholders", "",
                "{\"status\":\"error\",\"message\":\"key " + API_KEY + " is not valid\"}"));
        assertThat(r.requestHeaders().get("X-API-Key")).containsExactly("[REDACTED:api-key]");
        assertThat(r.responseBody()).doesNotContain(API_KEY).contains("[REDACTED:api-key]");
    }

    @Test
    void aPanSeenOnceIsRedactedLaterInFreeTextToo() {
        policy.redact(exchange("/cards/1/details", "", "{\"cardNumber\":\"" + PAN + "\"}"));
        assertThat(policy.redactText("assertion failed: expected " + PAN)).doesNotContain(PAN);
    }

    @Test
    void anUnknownLuhnValidNumberInAnyFieldIsRedacted() {
        RedactedExchange r = policy.redact(exchange("/x", "", "{\"description\":\"card 5555555555554444 used\"}"));
        assertThat(r.responseBody()).doesNotContain("5555555555554444").contains("[REDACTED:pan]");
    }

    @Test
    void digitRunsInsideHexHashesAndNonLuhnNumbersAreLeftAlone() {
        String text = "prevHash a1234567890123456b and id 1234567890123";
        assertThat(policy.redactText(text)).isEqualTo(text);
    }

    @Test
    void otpCodesAreRedactedButErrorCodesAreNot() {
        RedactedExchange otp = policy.redact(exchange("/otp/tok", "",
                "{\"status\":\"received\",\"code\":\"847291\",\"expiresAt\":1720000000}"));
        assertThat(otp.responseBody()).doesNotContain("847291").contains("[REDACTED:otp]");
        RedactedExchange err = policy.redact(exchange("/x", "", "{\"status\":\"error\",\"code\":\"NOT_FOUND\"}"));
        assertThat(err.responseBody()).contains("NOT_FOUND");
    }

    @Test
    void anOtpTokenInThePathIsFingerprintedNotWritten() {
        String token = "otp_tok_9f8e7d6c5b4a";
        RedactedExchange r = policy.redact(exchange("/otp/" + token, "", "{}"));
        assertThat(r.url()).doesNotContain(token).containsPattern("/otp/\\[REDACTED:token#[0-9a-f]{12}]");
        assertThat(r.path()).doesNotContain(token);
    }

    @Test
    void aJsonBodyThatDoesNotParseIsReplacedNotPassedThrough() {
        RedactedExchange r = policy.redact(exchange("/x", "{\"cardNumber\": \"" + PAN + "\", ", "{}"));
        assertThat(r.requestBody()).startsWith("[REDACTED:unparseable-body").doesNotContain(PAN);
    }

    @Test
    void pinsInARequestAreRedactedByFieldName() {
        RedactedExchange r = policy.redact(exchange("/cards/1/pin", "{\"oldPin\":\"1111\",\"newPin\":\"2580\"}",
                "{\"status\":\"success\"}"));
        assertThat(r.requestBody()).doesNotContain("1111").doesNotContain("2580")
                .contains("\"oldPin\":\"[REDACTED:pin]\"");
    }

    @Test
    void theOtpListenersResourceIsNotMistakenForAToken() {
        RedactedExchange r = policy.redact(exchange("/otp/listeners", "{\"cardId\":1}",
                "{\"status\":\"success\",\"token\":\"tok_abcdef123456\",\"expiresAt\":null}"));
        assertThat(r.path()).isEqualTo("/otp/listeners");
        assertThat(known.categoryOf("listeners")).isEmpty();
        assertThat(r.responseBody()).doesNotContain("tok_abcdef123456");
    }

    // Issue 14 item 8: card data written the way people write it, and the last four digits (the default PIN).
    // Parameterized names show the index only: a name with "cvv 123" in it would reach Surefire's reports.

    static Stream<Arguments> formattedPans() {
        return Stream.of(Arguments.of("4111 1111 1111 1111", "4111111111111111"),
                Arguments.of("4111-1111-1111-1111", "4111111111111111"),
                Arguments.of("3782 822463 10005", "378282246310005"),
                Arguments.of("5555-5555-5555-4444", "5555555555554444"),
                Arguments.of("4111 1111 1111 1111 123", "4111111111111111"));
    }

    @Tag("security")
    @ParameterizedTest(name = "[{index}] a card number in groups")
    @MethodSource("formattedPans")
    void aCardNumberWrittenInGroupsIsRedactedInBodiesAndText(String written, String digits) {
        RedactedExchange r = policy.redact(exchange("/x", "", "{\"note\":\"card " + written + " declined\"}"));

        assertThat(r.responseBody()).doesNotContain(written).doesNotContain(digits.substring(digits.length() - 4))
                .contains("card [REDACTED:pan]");
        assertThat(policy.redactText("charged " + written + ".")).startsWith("charged [REDACTED:pan]")
                .doesNotContain(digits.substring(digits.length() - 4));
    }

    static Stream<Arguments> freeTextCodes() {
        return Stream.of(Arguments.of("cvv 123", "123", "cvv"), Arguments.of("CVV: 123", "123", "cvv"),
                Arguments.of("cvc=123", "123", "cvv"), Arguments.of("security code 4821", "4821", "cvv"),
                Arguments.of("pin 1234", "1234", "pin"), Arguments.of("PIN is 2580", "2580", "pin"),
                Arguments.of("pin: '9876'", "9876", "pin"), Arguments.of("otp 123456", "123456", "otp"),
                Arguments.of("OTP code 847291", "847291", "otp"), Arguments.of("one-time code is 5517", "5517", "otp"),
                Arguments.of("card ending in 4242", "4242", "last4"), Arguments.of("last4: 4242", "4242", "last4"));
    }

    @Tag("security")
    @ParameterizedTest(name = "[{index}] a code named in free text")
    @MethodSource("freeTextCodes")
    void aCodeNamedInFreeTextIsRedactedWhereverItIsWritten(String written, String code, String category) {
        String text = policy.redactText("assertion failed: " + written + " was refused");
        RedactedExchange r = policy.redact(exchange("/x", "", "{\"message\":\"" + written + " was refused\"}"));

        assertThat(text).doesNotContainPattern("(?<!\\d)" + code + "(?!\\d)")
                .contains("[REDACTED:" + category).endsWith(" was refused");
        assertThat(r.responseBody()).doesNotContainPattern("(?<!\\d)" + code + "(?!\\d)")
                .contains("[REDACTED:" + category);
    }

    @Tag("security")
    @Test
    void aMaskedCardNumberKeepsItsMaskButNotItsLastFourDigitsWhichAreTheDefaultPin() {
        String body = "{\"cardId\":8821,\"maskedCardNumber\":\"************4242\"}";
        String recorded = policy.redact(exchange("/cards/8821", "", body)).responseBody();
        String message = policy.redactText("expected ************4242 to be shown, and **** **** **** 1881 too");

        assertThat(recorded).isEqualTo("{\"cardId\":8821,\"maskedCardNumber\":\"************[REDACTED:last4]\"}");
        assertThat(message).isEqualTo("expected ************[REDACTED:last4] to be shown, and **** **** **** "
                + "[REDACTED:last4] too");
        assertThat(policy.redactDocument(recorded)).as("redacting twice changes nothing").isEqualTo(recorded);
    }

    @Tag("security")
    @Test
    void everyLastFourFieldLosesItsDigitsAndFourDigitsAreNeverLearnedAsFreeTextSecrets() {
        RedactedExchange r = policy.redact(exchange("/cards", "", "{\"items\":[{\"last4\":\"4242\","
                + "\"panLastFour\":4242,\"maskedPan\":\"411111******4242\",\"maskedCardNumber\":\"" + PAN + "\","
                + "\"card_last4\":\"n/a\"}]}"));

        assertThat(r.responseBody()).isEqualTo("{\"items\":[{\"last4\":\"[REDACTED:last4]\","
                + "\"panLastFour\":\"[REDACTED:last4]\",\"maskedPan\":\"[REDACTED:last4]\","
                + "\"maskedCardNumber\":\"[REDACTED:last4]\",\"card_last4\":\"[REDACTED:last4]\"}]}");
        assertThat(known.snapshot()).as("four digits alone are no free-text secret").containsOnlyKeys(API_KEY);
    }

    @Tag("security")
    @Test
    void identifiersTheHarnessGeneratesAreNotMistakenForCardData() {
        String luhnTag = "20261203" + "40008" + checkDigit("2026120340008");
        String surefire = "2026120308382638" + checkDigit("2026120308382638");
        String text = "run 20261203T083010Z-simulator-0fdb30 seq 763 at 2026-12-03T08:30:10.125Z (1732618500125)"
                + " uuid 0b4c7d2e-5f61-4a8b-9c3d-2e1f0a9b8c7d e-mail golive-verify+" + luhnTag + "@example.com"
                + " cellNum 5551234567 authRefNum 412345678901; the PIN of three digits is refused (2194 ms);"
                + " PIN change with a wrong current PIN; an OTP read after 300 seconds; 4 pending 2026 cards"
                + " period ending 2026; call +1 415 555 0100; target/surefire/surefirebooter-" + surefire + "_3.jar";

        assertThat(Luhn.valid(luhnTag) && Luhn.valid(surefire)).isTrue();
        assertThat(policy.redactText(text)).isEqualTo(text);
        assertThat(known.size()).isZero();
    }

    private static String checkDigit(String payload) {
        for (int d = 0; d <= 9; d++) {
            if (Luhn.valid(payload + d)) {
                return String.valueOf(d);
            }
        }
        throw new IllegalStateException("no Luhn check digit");
    }
}
