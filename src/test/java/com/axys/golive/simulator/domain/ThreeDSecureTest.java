package com.axys.golive.simulator.domain;

import static com.axys.golive.simulator.domain.TestAxys.error;
import static com.axys.golive.simulator.domain.TestAxys.json;
import static com.axys.golive.simulator.domain.TestAxys.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

final class ThreeDSecureTest {

    private final TestAxys sim = new TestAxys();
    private final ThreeDSecure threeDs = sim.axys.threeDSecure();

    private OtpReading read(OtpListener listener) {
        return value(threeDs.read(listener.token()));
    }

    @Test
    void aListenerWaitsUntilAChallengeThenHoldsASixDigitCodeForFiveMinutes() {
        Card card = sim.virtualCard();
        OtpListener listener = value(threeDs.subscribe(json("cardId", card.cardId())));
        assertThat(listener.token()).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(read(listener)).isEqualTo(new OtpReading(OtpState.WAITING, null, null));

        assertThat(value(threeDs.challenge(card.cardId()))).isEqualTo(1);
        OtpReading received = read(listener);
        assertThat(received.state()).isEqualTo(OtpState.RECEIVED);
        assertThat(received.code()).matches("\\d{6}");
        assertThat(received.expiresAt()).isEqualTo(sim.clock.instant().plus(ThreeDSecure.OTP_LIFETIME));

        sim.advance(ThreeDSecure.OTP_LIFETIME.minusSeconds(1));
        assertThat(read(listener).state()).isEqualTo(OtpState.RECEIVED);
        sim.advance(Duration.ofSeconds(1));
        assertThat(read(listener)).isEqualTo(new OtpReading(OtpState.EXPIRED, null, received.expiresAt()));
    }

    @Test
    void aNewChallengeGivesANewValidCodeAfterAnExpiredOne() {
        Card card = sim.virtualCard();
        OtpListener listener = value(threeDs.subscribe(json("cardId", card.cardId())));
        value(threeDs.challenge(card.cardId()));
        sim.advance(Duration.ofMinutes(10));
        assertThat(read(listener).state()).isEqualTo(OtpState.EXPIRED);
        value(threeDs.challenge(card.cardId()));
        assertThat(read(listener).state()).isEqualTo(OtpState.RECEIVED);
    }

    @Test
    void expireAllEndsEveryValidOtpAtOnce() {
        Card card = sim.virtualCard();
        OtpListener listener = value(threeDs.subscribe(json("cardId", card.cardId())));
        assertThat(threeDs.expireAll()).isZero();
        value(threeDs.challenge(card.cardId()));
        assertThat(threeDs.expireAll()).isEqualTo(1);
        assertThat(read(listener).state()).isEqualTo(OtpState.EXPIRED);
        assertThat(threeDs.expireAll()).isZero();
    }

    @Test
    void aChallengeReachesTheCardsListenersAndTheLegacyListenersOfItsCardholderOnly() {
        Card card = sim.virtualCard();
        Card other = sim.virtualCard();
        OtpListener byCard = value(threeDs.subscribe(json("cardId", card.cardId(), "webhookUrl",
                "https://program.example/otp")));
        OtpListener byHolder = value(threeDs.subscribe(json("cardholderId", card.cardholderId())));
        OtpListener otherCard = value(threeDs.subscribe(json("cardId", other.cardId())));
        assertThat(byHolder.cardId()).isNull();

        assertThat(value(threeDs.challenge(card.cardId()))).isEqualTo(2);
        assertThat(read(byCard).code()).isNotNull().isEqualTo(read(byHolder).code());
        assertThat(read(otherCard).state()).isEqualTo(OtpState.WAITING);
    }

    @Test
    void onlyAnActiveCardCanBeListenedToOrChallenged() {
        Card card = sim.virtualCard();
        value(sim.axys.cards().setStatus(card.cardId(), json("newStatus", 2)));
        assertThat(error(threeDs.subscribe(json("cardId", card.cardId()))).kind()).isEqualTo(ErrorKind.INVALID_STATE);
        assertThat(error(threeDs.subscribe(json("cardholderId", card.cardholderId()))).kind())
                .isEqualTo(ErrorKind.INVALID_STATE);
        assertThat(error(threeDs.challenge(card.cardId())).kind()).isEqualTo(ErrorKind.INVALID_STATE);
        Card physical = sim.physicalCard();
        assertThat(error(threeDs.subscribe(json("cardId", physical.cardId()))).message())
                .contains("4 (Not Activated)").contains("Active (1)");
    }

    @Test
    void withThreeDsOffNoListenerIsSetUpAndNoCardIsChallenged() {
        Card card = sim.virtualCard();
        sim.program(profile -> profile.withThreeDsEnabled(false));
        DomainError refused = error(threeDs.subscribe(json("cardId", card.cardId())));
        assertThat(refused.kind()).isEqualTo(ErrorKind.INVALID_STATE);
        assertThat(refused.message()).contains("3-D Secure is not enabled");
        assertThat(error(threeDs.challenge(card.cardId())).kind()).isEqualTo(ErrorKind.INVALID_STATE);
    }

    @Test
    void unknownCardsCardholdersAndTokensAreNotFound() {
        assertThat(error(threeDs.subscribe(json("cardId", 424_242))).kind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(error(threeDs.subscribe(json("cardholderId", 424_242))).kind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(error(threeDs.challenge(424_242)).kind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(error(threeDs.read("no-such-token")).kind()).isEqualTo(ErrorKind.NOT_FOUND);
    }

    @Test
    void theBodyNeedsACardOrACardholderAndAnHttpsWebhook() {
        Card card = sim.virtualCard();
        assertThat(error(threeDs.subscribe(json())).fieldErrors()).extracting(FieldError::field)
                .containsExactly("cardId");
        assertThat(error(threeDs.subscribe(json("cardId", card.cardId(), "webhookUrl", "http://program.example/otp")))
                .fieldErrors()).containsExactly(new FieldError("webhookUrl", "an absolute https:// URL"));
        assertThat(error(threeDs.subscribe(json("cardId", "8801"))).fieldErrors()).extracting(FieldError::field)
                .containsExactly("cardId");
        assertThat(error(threeDs.subscribe(json("cardId", card.cardId(), "cardholderId", card.cardholderId() + 1)))
                .fieldErrors()).extracting(FieldError::field).containsExactly("cardholderId");
        assertThat(value(threeDs.subscribe(json("cardId", card.cardId(), "cardholderId", card.cardholderId())))
                .cardId()).isEqualTo(card.cardId());
    }

    @Test
    void neitherTheListenerNorTheReadingShowsTokenOrCode() {
        Card card = sim.virtualCard();
        OtpListener listener = value(threeDs.subscribe(json("cardId", card.cardId())));
        value(threeDs.challenge(card.cardId()));
        OtpReading reading = read(listener);
        assertThat(listener.toString()).doesNotContain(listener.token());
        assertThat(reading.toString()).doesNotContain(reading.code());
        assertThat(value(threeDs.read(listener.token())).toString()).startsWith("OtpReading[received");
    }

    @Test
    void resetForgetsEveryListener() {
        OtpListener listener = value(threeDs.subscribe(json("cardId", sim.virtualCard().cardId())));
        sim.axys.reset();
        assertThat(error(threeDs.read(listener.token())).kind()).isEqualTo(ErrorKind.NOT_FOUND);
    }
}
