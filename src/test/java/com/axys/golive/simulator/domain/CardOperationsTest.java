package com.axys.golive.simulator.domain;

import static com.axys.golive.simulator.domain.TestAxys.error;
import static com.axys.golive.simulator.domain.TestAxys.json;
import static com.axys.golive.simulator.domain.TestAxys.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

final class CardOperationsTest {

    private final TestAxys sim = new TestAxys();
    private final CardOperations cards = sim.axys.cards();

    private static Fields activation(CardSecrets secrets, String newPin) {
        return json("cardNumber", secrets.pan(), "expMonth", secrets.expMonth(), "expYear", secrets.expYear(),
                "cvv", secrets.cvv(), "newPin", newPin);
    }

    @Test
    void activationWithTheCardsDataMakesItActiveAndSetsThePin() {
        Card card = sim.physicalCard();
        Card active = value(cards.activate(card.cardId(), activation(card.secrets(), "2468")));
        assertThat(active.issuerCardStatus()).isEqualTo(IssuerCardStatus.ACTIVE);
        assertThat(active.secrets().pin()).isEqualTo("2468");
    }

    @Test
    void activationAcceptsTheExpiryAsIntegers() {
        Card card = sim.physicalCard();
        CardSecrets secrets = card.secrets();
        Fields body = json("cardNumber", secrets.pan(), "expMonth", Integer.parseInt(secrets.expMonth()),
                "expYear", Integer.parseInt(secrets.expYear()), "cvv", secrets.cvv(), "newPin", "1357");
        assertThat(value(cards.activate(card.cardId(), body)).issuerCardStatus()).isEqualTo(IssuerCardStatus.ACTIVE);
    }

    @Test
    void activationIsRefusedOnceActiveSoItCannotBeUndone() {
        Card card = sim.physicalCard();
        value(cards.activate(card.cardId(), activation(card.secrets(), "2468")));
        assertThat(error(cards.activate(card.cardId(), activation(card.secrets(), "2468"))).kind())
                .isEqualTo(ErrorKind.INVALID_STATE);
        assertThat(error(cards.activate(sim.virtualCard().cardId(), activation(card.secrets(), "2468"))).kind())
                .isEqualTo(ErrorKind.INVALID_STATE);
    }

    @Test
    void activationWithDataOfAnotherCardOrABadPinIsAValidationError() {
        Card card = sim.physicalCard();
        CardSecrets wrong = new CardSecrets("4111111111111111", "000", card.secrets().expMonth(),
                card.secrets().expYear(), "0000");
        assertThat(error(cards.activate(card.cardId(), activation(wrong, "2468"))).fieldErrors())
                .extracting(FieldError::field).containsExactlyInAnyOrder("cardNumber", "cvv");
        assertThat(error(cards.activate(card.cardId(), activation(card.secrets(), "24680"))).fieldErrors())
                .containsExactly(new FieldError("newPin", "exactly 4 digits"));
        assertThat(value(cards.get(card.cardId())).issuerCardStatus()).isEqualTo(IssuerCardStatus.NOT_ACTIVATED);
    }

    @Test
    void statusTogglesBetweenActiveAndOnHold() {
        long cardId = sim.virtualCard().cardId();
        assertThat(value(cards.setStatus(cardId, json("newStatus", 2))).issuerCardStatus())
                .isEqualTo(IssuerCardStatus.ON_HOLD);
        assertThat(value(cards.setStatus(cardId, json("newStatus", 1))).issuerCardStatus())
                .isEqualTo(IssuerCardStatus.ACTIVE);
        assertThat(error(cards.setStatus(cardId, json("newStatus", 3))).fieldErrors())
                .containsExactly(new FieldError("newStatus", "1 (Active) or 2 (On Hold)"));
    }

    @Test
    void statusChangeIsRefusedBeforeActivation() {
        Card card = sim.physicalCard();
        assertThat(error(cards.setStatus(card.cardId(), json("newStatus", 2))).kind())
                .isEqualTo(ErrorKind.INVALID_STATE);
    }

    @Test
    void updateChangesAliasAndLimitWithinTheCardholdersInAnyStatus() {
        Card card = sim.physicalCard();
        Card updated = value(cards.update(card.cardId(), json("alias", "Travel", "transactionLimit", 2_500)));
        assertThat(updated.alias()).isEqualTo("Travel");
        assertThat(updated.transactionLimit()).isEqualTo(2_500);
        assertThat(error(cards.update(card.cardId(), json("alias", "A".repeat(51), "transactionLimit", 500_001)))
                .fieldErrors()).extracting(FieldError::field).containsExactlyInAnyOrder("alias", "transactionLimit");
    }

    @Test
    void pinChangeNeedsTheCurrentPin() {
        Card card = sim.virtualCard();
        String defaultPin = card.secrets().pan().substring(12);
        assertThat(error(cards.changePin(card.cardId(), json("oldPin", "9999".equals(defaultPin) ? "0000" : "9999",
                "newPin", "1234"))).fieldErrors()).containsExactly(
                new FieldError("oldPin", "must equal the card's current PIN"));
        assertThat(value(cards.changePin(card.cardId(), json("oldPin", defaultPin, "newPin", "1234"))).secrets().pin())
                .isEqualTo("1234");
        assertThat(error(cards.changePin(card.cardId(), json("oldPin", "1234", "newPin", 5678))).fieldErrors())
                .containsExactly(new FieldError("newPin", "must be a string"));
    }

    @Test
    void listFiltersByIssuerStatusAndCardholder() {
        Card virtual = sim.virtualCard();
        Card physical = sim.physicalCard();
        assertThat(value(cards.list(Fields.ofQuery(Map.of("issuerCardStatus", "4")))).items())
                .extracting(Card::cardId).containsExactly(physical.cardId());
        Page<Card> byHolder = value(cards.list(Fields.ofQuery(Map.of("cardholderId",
                String.valueOf(virtual.cardholderId())))));
        assertThat(byHolder.items()).extracting(Card::cardId).containsExactly(virtual.cardId());
        assertThat(byHolder.total()).isEqualTo(1);
        assertThat(error(cards.list(Fields.ofQuery(Map.of("issuerCardStatus", "5")))).kind())
                .isEqualTo(ErrorKind.VALIDATION_FAILED);
    }

    @Test
    void unknownCardIsNotFound() {
        assertThat(error(cards.get(1)).kind()).isEqualTo(ErrorKind.NOT_FOUND);
    }

    @Test
    void aCardWithoutItsOwnLimitFollowsTheCardholdersCurrentLimit() {
        long holder = sim.cardholderIn(CardholderStatus.APPROVED);
        Card inheriting = value(sim.axys.issuance().issueVirtual(holder, json("nameOnCard", "J R")));
        assertThat(inheriting.ownTransactionLimit()).isNull();
        assertThat(inheriting.transactionLimit()).isEqualTo(500_000L);

        value(sim.axys.cardholders().update(holder, json("transactionLimit", 20_000)));
        assertThat(value(cards.get(inheriting.cardId())).transactionLimit()).isEqualTo(20_000L);
        assertThat(value(cards.list(json("cardholderId", holder))).items())
                .extracting(Card::transactionLimit).containsExactly(20_000L);
        value(sim.axys.cardholders().update(holder, json("transactionLimit", 300_000)));
        assertThat(value(cards.get(inheriting.cardId())).transactionLimit()).as("raised again: still inherited")
                .isEqualTo(300_000L);

        Card updatedAliasOnly = value(cards.update(inheriting.cardId(), json("alias", "Travel")));
        assertThat(updatedAliasOnly.ownTransactionLimit()).as("an alias change sets no limit").isNull();
        assertThat(updatedAliasOnly.transactionLimit()).isEqualTo(300_000L);
    }

    @Test
    void aCardsOwnLimitStaysButNeverExceedsALoweredCardholderLimit() {
        long holder = sim.cardholderIn(CardholderStatus.APPROVED);
        Card own = value(sim.axys.issuance().issueVirtual(holder, json("nameOnCard", "J R", "transactionLimit",
                50_000)));
        assertThat(own.transactionLimit()).isEqualTo(50_000L);
        value(sim.axys.cardholders().update(holder, json("transactionLimit", 100_000)));
        assertThat(value(cards.get(own.cardId())).transactionLimit()).isEqualTo(50_000L);
        value(sim.axys.cardholders().update(holder, json("transactionLimit", 30_000)));
        assertThat(value(cards.get(own.cardId())).transactionLimit()).as("cardholder >= card").isEqualTo(30_000L);
        assertThat(error(cards.update(own.cardId(), json("transactionLimit", 40_000))).fieldErrors())
                .containsExactly(new FieldError("transactionLimit", "<= the cardholder's transactionLimit 30000"));
    }
}
