package com.axys.golive.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One pass finds every known secret; a run that keeps learning them still finds each, old and new. */
final class SecretSearchTest {

    @Test
    void findsEveryOccurrenceAndWhereTwoOverlapTheLongerWins() {
        SecretSearch search = SecretSearch.of(Map.of("4111111111111111", "pan", "111111", "otp", "tok_abcdef", "token"));
        String text = "pan 4111111111111111 then 111111 and tok_abcdef twice tok_abcdef";
        assertThat(search.all(text)).as("1 PAN, the 6 ones 10 times inside it and once alone, 2 tokens").hasSize(14);
        List<SecretSearch.Hit> chosen = search.longestFirst(text);
        assertThat(chosen).extracting(SecretSearch.Hit::kind).containsExactly("pan", "otp", "token", "token");
        assertThat(chosen.get(0).start()).isEqualTo(4);
        assertThat(chosen.get(0).end()).isEqualTo(20);
    }

    @Test
    void aRunThatLearnsThousandsOfSecretsFindsTheFirstTheLastAndEveryBatchBoundary() {
        SensitiveValues known = new SensitiveValues();
        for (int i = 0; i < 5_000; i++) {
            known.add("pan", String.format("53%014d", i));
        }
        known.add("otp", "12345"); // too short for free text: only where a field names it
        SearchProbe probe = new SearchProbe(known.freeTextSearch());
        for (int i : new int[] {0, 63, 64, 65, 127, 128, 4_095, 4_096, 4_999}) {
            String value = String.format("53%014d", i);
            assertThat(probe.kinds("x " + value + " y")).as("value #%d", i).containsExactly("pan");
        }
        assertThat(probe.kinds("x 12345 y")).isEmpty();
        assertThat(known.freeTextSearch().pending()).as("values searched one by one")
                .isLessThan(SensitiveValues.BATCH);
        assertThat(new RedactionPolicy(known).redactText("card 5300000000004999 and 5300000000000064"))
                .isEqualTo("card [REDACTED:pan] and [REDACTED:pan]");
    }

    private record SearchProbe(SecretSearch search) {
        List<String> kinds(String text) {
            return search.longestFirst(text).stream().map(SecretSearch.Hit::kind).toList();
        }
    }
}
