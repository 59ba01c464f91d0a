package com.axys.golive.simulator.domain;

import static com.axys.golive.simulator.domain.TestAxys.error;
import static com.axys.golive.simulator.domain.TestAxys.json;
import static com.axys.golive.simulator.domain.TestAxys.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

final class CardFundingTest {

    private final TestAxys sim = new TestAxys();
    private final CardFunding funding = sim.axys.funding();

    @Test
    void aNewCardHasNoBalance() {
        long cardId = sim.virtualCard().cardId();
        assertThat(value(funding.balance(cardId))).isEqualTo(new Balance(cardId, 0, 0));
    }

    @Test
    void aBankDepositIsInTheLedgerAtOnceAndAvailableAfterClearing() {
        long cardId = sim.physicalCard().cardId();
        BankTrace deposit = value(funding.bankDeposit(cardId, json("transactionAmount", 25_000,
                "transactionReference", "card " + cardId)));
        assertThat(deposit.depositId()).isEqualTo(AxysStore.FIRST_DEPOSIT_ID);
        assertThat(value(funding.balance(cardId))).isEqualTo(new Balance(cardId, 25_000, 0));
        sim.advance(Duration.ofDays(5).minusSeconds(1));
        assertThat(value(funding.balance(cardId)).availableBalance()).isZero();
        sim.advance(Duration.ofSeconds(1));
        assertThat(value(funding.balance(cardId))).isEqualTo(new Balance(cardId, 25_000, 25_000));
    }

    @Test
    void aTraceWithoutAnAmountIsRecordedButCreditsNothing() {
        long cardId = sim.virtualCard().cardId();
        BankTrace trace = value(funding.bankDeposit(cardId, json("transactionReference", "card " + cardId,
                "senderAccountName", "Jordan Rivers")));
        assertThat(trace.depositId()).isEqualTo(AxysStore.FIRST_DEPOSIT_ID);
        assertThat(trace.credited()).isFalse();
        assertThat(value(funding.bankDeposit(cardId, json()))).as("an empty body: every field is optional")
                .isEqualTo(new BankTrace(AxysStore.FIRST_DEPOSIT_ID + 1, null));
        sim.advance(Duration.ofDays(6));
        assertThat(value(funding.balance(cardId))).isEqualTo(new Balance(cardId, 0, 0));
        BankTrace credited = value(funding.bankDeposit(cardId, json("transactionAmount", 1_000)));
        assertThat(credited).isEqualTo(new BankTrace(AxysStore.FIRST_DEPOSIT_ID + 2, 1_000L));
        assertThat(value(funding.balance(cardId))).isEqualTo(new Balance(cardId, 1_000, 0));
    }

    @Test
    void aDepositNeedsAPositiveIntegerAmount() {
        long cardId = sim.virtualCard().cardId();
        assertThat(error(funding.bankDeposit(cardId, json("transactionAmount", 0))).fieldErrors())
                .containsExactly(new FieldError("transactionAmount", "integer > 0 (decimal-implied)"));
        assertThat(error(funding.bankDeposit(cardId, json("transactionAmount", "10.00"))).fieldErrors())
                .containsExactly(new FieldError("transactionAmount", "must be an integer"));
    }

    @Test
    void unknownCardIsNotFound() {
        assertThat(error(funding.balance(77)).kind()).isEqualTo(ErrorKind.NOT_FOUND);
    }

    @Test
    void aDeprecatedBlockchainTraceIsInTheLedgerFor24HoursNeverAvailable() {
        long cardId = sim.virtualCard().cardId();
        value(funding.chainDeposit(cardId, json("transactionAmount", 4_000)));
        assertThat(value(funding.balance(cardId))).isEqualTo(new Balance(cardId, 4_000, 0));
        sim.advance(Duration.ofHours(24).minusSeconds(1));
        assertThat(value(funding.balance(cardId))).isEqualTo(new Balance(cardId, 4_000, 0));
        sim.advance(Duration.ofSeconds(1));
        assertThat(value(funding.balance(cardId))).isEqualTo(new Balance(cardId, 0, 0));
        value(funding.chainDeposit(cardId, json()));
        assertThat(value(funding.balance(cardId))).isEqualTo(new Balance(cardId, 0, 0));
        assertThat(error(funding.chainDeposit(cardId, json("transactionAmount", "40.00"))).fieldErrors())
                .containsExactly(new FieldError("transactionAmount", "must be an integer"));
    }
}
