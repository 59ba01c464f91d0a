package com.axys.golive.simulator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

final class CardDataGeneratorTest {

    private static final Instant ISSUED = Instant.parse("2026-03-10T09:00:00Z");
    private final CardDataGenerator generator = new CardDataGenerator(7L);

    @RepeatedTest(20)
    void pansAreSixteenLuhnValidDigitsStartingWithFour() {
        String pan = generator.newCard(ISSUED).pan();
        assertThat(pan).matches("4\\d{15}");
        assertThat(Luhn.isValid(pan)).isTrue();
    }

    @Test
    void cvvIsThreeDigitsExpiryThreeYearsAheadAndDefaultPinTheLastFourDigits() {
        CardSecrets card = generator.newCard(ISSUED);
        assertThat(card.cvv()).matches("\\d{3}");
        assertThat(card.expMonth()).isEqualTo("03");
        assertThat(card.expYear()).isEqualTo("2029");
        assertThat(card.pin()).isEqualTo(card.pan().substring(12));
        assertThat(card.maskedPan()).isEqualTo("************" + card.pan().substring(12));
    }

    @Test
    void secretsNeverShowInToStringNotEvenTheLastFourDigitsThatAreTheDefaultPin() {
        CardSecrets card = generator.newCard(ISSUED);
        assertThat(card.toString()).doesNotContain(card.pan()).doesNotContain(card.cvv() + ",")
                .doesNotContain(card.pin()).doesNotContain(card.maskedPan());
    }

    @RepeatedTest(20)
    void depositAddressesHaveEachChainsShape() {
        List<CryptoAddress> addresses = generator.depositAddresses();
        assertThat(addresses).extracting(CryptoAddress::chain).containsExactly("evm", "bitcoin", "solana");
        assertThat(addresses.get(0).address()).matches("0x[0-9a-f]{40}");
        assertThat(addresses.get(1).address()).matches("bc1q[02-9ac-hj-np-z]{38}");
        assertThat(addresses.get(2).address()).matches("[1-9A-HJ-NP-Za-km-z]{32,44}");
    }

    @Test
    void kycLinksAreDiditSessionUrls() {
        assertThat(generator.kycApplicationLink()).matches("https://verify\\.didit\\.example/session/[a-z0-9]{32}");
        assertThat(generator.kycApplicationLink()).isNotEqualTo(generator.kycApplicationLink());
    }

    @Test
    void sameSeedGivesSameDataAndRestartReplaysIt() {
        CardDataGenerator twin = new CardDataGenerator(7L);
        String first = generator.newCard(ISSUED).pan();
        assertThat(twin.newCard(ISSUED).pan()).isEqualTo(first);
        generator.restart();
        assertThat(generator.newCard(ISSUED).pan()).isEqualTo(first);
    }

    @Test
    void base58KeepsLeadingZeroBytesAsOnes() {
        assertThat(CardDataGenerator.base58(new byte[] {0, 0, 1})).isEqualTo("112");
    }
}
