package com.axys.golive.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.capture.CapturedExchange;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

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
}
