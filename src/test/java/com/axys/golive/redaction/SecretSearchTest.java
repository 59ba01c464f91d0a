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

    @Test
    void digitSecretsAreFoundWhereverTheyStandAsAnIndexOfSearchFindsThem() {
        java.util.Random random = new java.util.Random(7);
        Map<String, String> kinds = new java.util.HashMap<>();
        for (int i = 0; i < 200; i++) {
            kinds.put(String.valueOf(100_000 + random.nextInt(900_000)), "otp");
            kinds.put("4" + String.format("%015d", Math.abs(random.nextLong()) % 1_000_000_000_000_000L), "pan");
        }
        kinds.put("tok_9f8e7d", "token");
        kinds.put("ab12345678", "mixed"); // digits inside a non-digit value: the automaton's, not the windows'
        List<String> values = List.copyOf(kinds.keySet());
        SecretSearch search = SecretSearch.of(kinds);
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            for (int part = 0; part < 6; part++) {
                switch (random.nextInt(4)) {
                    case 0 -> text.append(values.get(random.nextInt(values.size())));
                    case 1 -> text.append(random.nextInt(1_000_000)); // digits that run into a value
                    case 2 -> text.append(" \"pan\":\"");
                    default -> text.append("x");
                }
            }
            String t = text.toString();
            assertThat(positions(search.all(t))).as("hits in %s", t).isEqualTo(byIndexOf(values, t));
        }
    }

    @Test
    void manyDigitSecretsTakeNoAutomatonAndAreAllFound() {
        SensitiveValues known = new SensitiveValues();
        for (int i = 0; i < 300_000; i++) {
            known.add("pan", String.format("4000%012d", i * 7L));
        }
        assertThat(known.freeTextSearch().pending()).as("digit values wait for no batch").isZero();
        RedactionPolicy policy = new RedactionPolicy(known);
        assertThat(policy.redactText("a 4000000000000000 b 4000000002099993 c 99" + "4000000000000007" + "x"))
                .isEqualTo("a [REDACTED:pan] b [REDACTED:pan] c 99[REDACTED:pan]x");
        assertThat(policy.redactText("4000000000000001 is not one of them")).as("an unknown, non-Luhn number")
                .isEqualTo("4000000000000001 is not one of them");
    }

    private static java.util.Set<String> positions(List<SecretSearch.Hit> hits) {
        return hits.stream().map(h -> h.start() + ":" + h.value()).collect(java.util.stream.Collectors.toSet());
    }

    private static java.util.Set<String> byIndexOf(List<String> values, String text) {
        java.util.Set<String> found = new java.util.HashSet<>();
        for (String v : values) {
            for (int i = text.indexOf(v); i >= 0; i = text.indexOf(v, i + 1)) {
                found.add(i + ":" + v);
            }
        }
        return found;
    }

    private record SearchProbe(SecretSearch search) {
        List<String> kinds(String text) {
            return search.longestFirst(text).stream().map(SecretSearch.Hit::kind).toList();
        }
    }
}
