package com.axys.golive.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axys.golive.redaction.PanCandidates;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

final class TestIdentityTest {

    private static final String RUN_TAG = "20261126T105500Zstaging3f9a1c";

    @Test
    void spellsTheRunAndNumberInTheLastNameAsLettersOnly() {
        TestIdentity twelfth = TestIdentity.of(RUN_TAG, 12);

        assertThat(twelfth.lastName()).isEqualTo("Golivedpjkbmxbc");
        assertThat(twelfth.email("Jordan", "golive")).isEqualTo("jordan+golive3f9a1cn12@example.com");
        assertThat(twelfth.cellNum()).endsWith("5550112").hasSize(10);
    }

    @Test
    void givesEveryCardholderOfARunItsOwnLastNameEmailPhoneAndBirthDate() {
        List<TestIdentity> run = IntStream.rangeClosed(1, 2_000).mapToObj(n -> TestIdentity.of(RUN_TAG, n)).toList();

        assertThat(run).extracting(TestIdentity::lastName).doesNotHaveDuplicates();
        assertThat(run).extracting(i -> i.email("Jordan", "golive")).doesNotHaveDuplicates();
        assertThat(run).extracting(TestIdentity::cellNum).doesNotHaveDuplicates();
        assertThat(run.subList(0, 60)).extracting(TestIdentity::dob).doesNotHaveDuplicates();
    }

    @Test
    void keepsEveryValueWithinTheDocumentedRules() {
        LocalDate adultsBornBefore = LocalDate.now().minusYears(18);
        for (int n : new int[] {1, 9, 10, 99, 100, 101, 999, 12_345}) {
            Map<String, Object> body = Personas.cardholder("Jordan", TestIdentity.of(RUN_TAG, n));
            assertThat((String) body.get("firstName")).isEqualTo("Jordan");
            assertThat((String) body.get("lastName")).matches("\\p{L}{2,50}");
            assertThat((String) body.get("emailAdr")).hasSizeBetween(6, 50).contains("@").endsWith("@example.com");
            assertThat((String) body.get("cellNum")).matches("[2-9][02-8]\\d55501\\d{2}");
            assertThat(LocalDate.parse((String) body.get("dob"))).isBefore(adultsBornBefore)
                    .isAfterOrEqualTo(LocalDate.of(1950, 1, 1));
        }
    }

    @Test
    void keepsTheEmailWithinFiftyCharactersForALongPersona() {
        String email = TestIdentity.of(RUN_TAG, 123_456).email("Maximiliana" + "x".repeat(40), "updated");

        assertThat(email).hasSizeLessThanOrEqualTo(50).endsWith("+updated3f9a1cn123456@example.com");
    }

    @Test
    void producesNothingThatLooksLikeACardNumberEvenForAnAllDigitRunSuffix() {
        Set<String> texts = new HashSet<>();
        for (String run : List.of(RUN_TAG, "20261126T105500Zstaging123456", "999999")) {
            for (int n = 1; n <= 3_000; n += 7) {
                texts.add(Personas.cardholder("Jordan", TestIdentity.of(run, n)).toString());
            }
        }
        assertThat(texts).allSatisfy(text -> assertThat(PanCandidates.find(text)).as(text).isEmpty());
    }

    @Test
    void refusesARunTagThatIsNotLettersAndDigits() {
        assertThatThrownBy(() -> TestIdentity.of("3f9a-1c", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("World.runTag()");
        assertThatThrownBy(() -> TestIdentity.of(RUN_TAG, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("from 1");
    }
}
