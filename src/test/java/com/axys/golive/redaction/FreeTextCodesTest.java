package com.axys.golive.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("security")
final class FreeTextCodesTest {

    /** Each code as {@code category=digits}: the values stay inside this test, never in its name. */
    private static List<String> found(String text) {
        return FreeTextCodes.find(text).stream()
                .map(c -> c.category() + "=" + text.substring(c.start(), c.end())).toList();
    }

    @Test
    void codesWrittenAfterTheirNameAreFoundWithTheirCategory() {
        assertThat(found("cvv 123, CVV: 456, cvc=789, security code 4821, pin 1234, PIN is 2580, pin: '9876',"
                + " otp 123456, OTP code 847291, one-time code 551723, One Time Password: 99887766, otp #4455"))
                .containsExactly("cvv=123", "cvv=456", "cvv=789", "cvv=4821", "pin=1234", "pin=2580", "pin=9876",
                        "otp=123456", "otp=847291", "otp=551723", "otp=99887766", "otp=4455");
    }

    @Test
    void codesInsideEscapedJsonAreFoundToo() {
        assertThat(found("{\"msg\":\"{\\\"pin\\\":\\\"1234\\\"}\"}")).containsExactly("pin=1234");
    }

    @Test
    void lastFourDigitsAreFoundBehindAMaskOrAfterTheirName() {
        assertThat(found("************4242 | **** **** **** 1881 | XXXX-XXXX-XXXX-1234 | \\*\\*\\*\\*5678"
                + " | \u2022\u2022\u2022\u2022 9012 | ending in 3456 | ends with 7890 | last4: 1357 | last four 2468"))
                .containsExactly("last4=4242", "last4=1881", "last4=1234", "last4=5678", "last4=9012",
                        "last4=3456", "last4=7890", "last4=1357", "last4=2468");
    }

    @Test
    void wordsNumbersAndPathsAroundTheNamesAreNoCodes() {
        assertThat(found("PUT /cards/7/pin 200; the PIN of three digits is refused (2194 ms); an OTP read after"
                + " 300 seconds; PinSteps.java:123; P1.PIN.01 2026; period ending 2026; pin 12345678901;"
                + " cvv 12; otp 123; pin 2026-12-03; the last 45 seconds; ** 1234; ***1234; max1234; XXXXL 1234"))
                .isEmpty();
    }

    @Test
    void aCodeOfTheWrongLengthForItsKindIsNone() {
        assertThat(found("cvv 12345 | pin 123 | pin 1234567 | ending in 12345 | ************12345")).isEmpty();
    }
}
