package com.axys.golive.simulator.domain;

import static com.axys.golive.simulator.domain.TestAxys.error;
import static com.axys.golive.simulator.domain.TestAxys.json;
import static com.axys.golive.simulator.domain.TestAxys.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

final class CardIssuanceTest {

    private final TestAxys sim = new TestAxys();
    private final CardIssuance issuance = sim.axys.issuance();

    @Test
    void virtualCardIsApprovedAndActiveAtOnceWithDepositAddresses() {
        Card card = sim.virtualCard();
        assertThat(card.kind()).isEqualTo(CardKind.VIRTUAL);
        assertThat(card.cardStatus()).isEqualTo(CardStatus.APPROVED);
        assertThat(card.issuerCardStatus()).isEqualTo(IssuerCardStatus.ACTIVE);
        assertThat(card.cryptoAddresses()).hasSize(3);
        assertThat(card.designSlot()).isNull();
        assertThat(card.transactionLimit()).isEqualTo(500_000L);
    }

    @Test
    void aCardsToStringShowsNoneOfItsNumberNotEvenTheLastFourDigitsThatAreTheDefaultPin() {
        Card card = sim.virtualCard();
        assertThat(card.toString()).startsWith("Card[" + card.cardId() + ", virtual")
                .doesNotContain(card.secrets().pin()).doesNotContain("****");
    }

    @Test
    void physicalCardWaitsForActivationOnDesignSlotZeroByDefault() {
        Card card = sim.physicalCard();
        assertThat(card.kind()).isEqualTo(CardKind.PHYSICAL);
        assertThat(card.issuerCardStatus()).isEqualTo(IssuerCardStatus.NOT_ACTIVATED);
        assertThat(card.designSlot()).isZero();
        assertThat(card.cryptoAddresses()).hasSize(3);
    }

    @Test
    void physicalCardOnAnUnapprovedSlotIsRefused() {
        long holder = sim.cardholderIn(CardholderStatus.APPROVED);
        DomainError error = error(issuance.issuePhysical(holder, json("nameOnCard", "JR", "cardType", 2)));
        assertThat(error.kind()).isEqualTo(ErrorKind.INVALID_STATE);
        assertThat(error.message()).isEqualTo("design slot 2 is not approved (designStatus != 1)");

        sim.program(program -> program.withApprovedDesignSlots(Set.of(0, 2)));
        assertThat(value(issuance.issuePhysical(holder, json("nameOnCard", "JR", "cardType", 2))).designSlot())
                .isEqualTo(2);
    }

    @Test
    void physicalIssuanceNeedsSlotZeroApprovedEvenForAnotherSlot() {
        sim.program(program -> program.withApprovedDesignSlots(Set.of(3)));
        long holder = sim.cardholderIn(CardholderStatus.APPROVED);
        assertThat(error(issuance.issuePhysical(holder, json("nameOnCard", "JR", "cardType", 3))).message())
                .isEqualTo("design slot 0 is not approved (designStatus != 1)");
    }

    @Test
    void cardsAreIssuedOnlyToApprovedCardholders() {
        long draft = sim.draftCardholder();
        assertThat(error(issuance.issueVirtual(draft, json("nameOnCard", "JR"))).kind())
                .isEqualTo(ErrorKind.INVALID_STATE);
        long declined = sim.cardholderIn(CardholderStatus.COMPLIANCE_DECLINE);
        assertThat(error(issuance.issuePhysical(declined, json("nameOnCard", "JR"))).kind())
                .isEqualTo(ErrorKind.INVALID_STATE);
    }

    @Test
    void rejectsMissingOrLongNameALimitAboveTheCardholdersAndABadSlot() {
        long holder = sim.cardholderIn(CardholderStatus.APPROVED);
        value(sim.axys.cardholders().update(holder, json("transactionLimit", 10_000)));
        assertThat(error(issuance.issueVirtual(holder, json("transactionLimit", 10_001))).fieldErrors())
                .containsExactlyInAnyOrder(new FieldError("nameOnCard", "required"),
                        new FieldError("transactionLimit", "<= the cardholder's transactionLimit 10000"));
        assertThat(error(issuance.issuePhysical(holder, json("nameOnCard", "X".repeat(27), "cardType", 6)))
                .fieldErrors()).containsExactlyInAnyOrder(new FieldError("nameOnCard", "length 1-26"),
                new FieldError("cardType", "design slot 0-5"));
    }

    @Test
    void unknownCardholderIsNotFound() {
        assertThat(error(issuance.issueVirtual(1, json("nameOnCard", "JR"))).kind()).isEqualTo(ErrorKind.NOT_FOUND);
    }
}
