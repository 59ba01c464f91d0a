package com.axys.golive.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("security")
final class PanCandidatesTest {

    private static List<String> found(String text) {
        return PanCandidates.find(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void findsCardNumbersInOneRunOrInGroupsWithOneKindOfSeparator() {
        assertThat(found("a 4111111111111111, b 4111 1111 1111 1111; c 4111-1111-1111-1111 d 3782 822463 10005"))
                .containsExactly("4111111111111111", "4111 1111 1111 1111", "4111-1111-1111-1111",
                        "3782 822463 10005");
    }

    @Test
    void aGroupedCardNumberIsFoundAmongOtherNumbersAroundIt() {
        assertThat(found("4111 1111 1111 1111 123")).as("its CVV after it").containsExactly("4111 1111 1111 1111");
        assertThat(found("step 2 4111 1111 1111 1111 12/29")).containsExactly("4111 1111 1111 1111");
        assertThat(found("2026-12-03 5555-5555-5555-4444 07-29")).containsExactly("5555-5555-5555-4444");
        assertThat(found("card:4111-1111-1111-1111.")).containsExactly("4111-1111-1111-1111");
    }

    @Test
    void mixedSeparatorsShortGroupsAndHyphenatedIdentifiersAreNoCardNumbers() {
        assertThat(Luhn.valid("4111111111111111")).isTrue();
        assertThat(found("4111 1111-1111 1111 | 2026-12-03 4111 11 11 | run-4111-1111-1111-1111"
                + " | 4111-1111-1111-1111-ab | ab4111-1111-1111-1111")).isEmpty();
    }

    @Test
    void timestampsAndTheLocalPartOfAnEmailAddressAreNoCardNumbers() {
        String epochMillis = "1732618500125";
        String compact = "20261203083826380";
        String tag = "2026120340008";
        for (int d = 0; d <= 9 && !Luhn.valid(tag); d++) {
            tag = "2026120340008" + d;
        }
        assertThat(Luhn.valid(tag)).isTrue();
        assertThat(found(epochMillis + " " + compact + " golive-verify+" + tag + "@example.com")).isEmpty();
        assertThat(PanCandidates.isLikelyPan("5555555555554444")).isTrue();
    }

    @Test
    void spansNeverOverlapSoARedactorCanReplaceThemInOrder() {
        String spacedThenDashed = "4111 1111 0000 5555-5555-5555-0004";
        assertThat(Luhn.valid("4111111100005555") && Luhn.valid("5555555555550004")).isTrue();

        assertThat(found(spacedThenDashed + " and 5555555555554444"))
                .containsExactly(spacedThenDashed, "5555555555554444");
    }
}
