package com.axys.golive.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The gates only skip a rule where it cannot match: on lines built to sit at the edges of every rule (names, masks,
 * digit groups, escapes, markers, headers), the gated rules find exactly what the ungated ones find.
 */
final class LineGatesTest {

    private static final List<String> PIECES = List.of(
            "cvv", "CVV2", "cvc", "csc", "security code", "Security_Code", "pin", "PIN number", "pin_code", "otp",
            "OTP", "one-time passcode", "one time password", "passcode", "verification code", "last4", "last four",
            "Last_4_digits", "ending in", "ends with", "is", "was", "code", "number", "no", "value", "x-api-key",
            "X-API-Key", "Authorization", "proxy-authorization", "Bearer ", "token ", "abcdefgh12345678",
            "4111", "1111", "4111111111111111", "378282246310005", "4111 1111 1111 1111", "4111-1111-1111-1111",
            "3782 822463 10005", "1234", "123", "12", "567890", "2026", "20261203082543160", "1733000000000",
            "****", "\\*\\*\\*\\*", "XXXX-XXXX-XXXX-", "xxxx ", "\u2022\u2022\u2022\u2022", "*", "x", "X",
            "\"", "\\\"", "\\\\\\\"", "\\", ":", " : ", "=", "#", "'", " ", "  ", "\t", "-", "_", ".", ",", "/", "@",
            "{", "}", "[", "]", "[REDACTED:cvv]", "[REDACTED:pan]", "[REDACTED:api-key]", "[REDACTED:",
            "\"cvv\"", "\"cardNumber\"", "\"code\"", "\"pin\"", "\"apiKey\"", "\"last4\"", "\"password\"",
            "\"token\"", "\"uid\"", "\"historyId\"", "\"name\"", "\"status\"", ".json", "a", "Z", "q7", "é", "K");

    @Test
    void gatedRulesFindExactlyWhatUngatedRulesFind() {
        LineRules gated = new LineRules(KnownSecrets.none(), true);
        LineRules ungated = new LineRules(KnownSecrets.none(), false);
        Random random = new Random(20261206L);
        int withFindings = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder line = new StringBuilder();
            for (int k = 1 + random.nextInt(14); k > 0; k--) {
                line.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String text = line.toString();
            List<LineRules.Finding> expected = ungated.apply(text);
            assertThat(gated.apply(text)).as(text).isEqualTo(expected);
            withFindings += expected.isEmpty() ? 0 : 1;
        }
        assertThat(withFindings).as("the fuzzing reaches the rules").isGreaterThan(20_000);
    }

    @Test
    void aRedactedCallLineIsSkippedByEveryRegexRule() {
        String line = "{\"seq\":1,\"ts\":\"2026-12-06T00:51:19.674615008Z\",\"request\":{\"headers\":{\"X-API-Key\":"
                + "\"[REDACTED:api-key]\"}},\"response\":{\"body\":{\"cardId\":0,\"cardNumber\":\"[REDACTED:pan]\","
                + "\"cvv\":\"[REDACTED:cvv]\",\"code\":\"NOT_FOUND\"}},\"prevHash\":"
                + "\"f864e402cd01fbbe80882ebae28a93c98a264e2707dde393c11c5c79fd0154bb\"}";

        assertThat(LineGates.mayHoldSecretField(line)).isFalse();
        assertThat(LineGates.mayHoldHeader(line)).isFalse();
        assertThat(LineGates.mayHoldPan(line)).isFalse();
        assertThat(LineGates.mayHoldCode(line)).isFalse();
    }

    @Test
    void eachGateOpensForWhatItsRuleReports() {
        assertThat(LineGates.mayHoldSecretField("{\"cvv\":\"123\"}")).isTrue();
        assertThat(LineGates.mayHoldSecretField("{\"cvv\":\"[REDACTED:cvv]\\\"123\"}")).isTrue();
        assertThat(LineGates.mayHoldSecretField("{\"msg\":\"{\\\"pin\\\":\\\"1234\\\"}\"}")).isTrue();
        assertThat(LineGates.mayHoldSecretField("{\"code\":\"123456\"}")).isTrue();
        assertThat(LineGates.mayHoldHeader("X-API-Key : ak_live_Zq81mXc0pL2v")).isTrue();
        assertThat(LineGates.mayHoldPan("card 4111 1111 1111 1111 ok")).isTrue();
        assertThat(LineGates.mayHoldPan("card 4111111111111111")).isTrue();
        assertThat(LineGates.mayHoldCode("the CVV is 123")).isTrue();
        assertThat(LineGates.mayHoldCode("card ****1234")).isTrue();
    }
}
