package com.axys.golive.simulator.domain;

import static com.axys.golive.simulator.domain.TestAxys.error;
import static com.axys.golive.simulator.domain.TestAxys.json;
import static com.axys.golive.simulator.domain.TestAxys.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

final class StagingSimulationTest {

    private final TestAxys sim = new TestAxys();
    private final StagingSimulation staging = sim.axys.staging();

    private long fundedCard(String amount) {
        long cardId = sim.virtualCard().cardId();
        value(staging.deposit(cardId, json("amount", amount)));
        return cardId;
    }

    private Balance balance(long cardId) {
        return value(sim.axys.funding().balance(cardId));
    }

    @Test
    void anExactDepositIsInBothBalancesAtOnce() {
        long cardId = sim.virtualCard().cardId();
        Deposit deposit = value(staging.deposit(cardId, json("amount", "100.00")));
        assertThat(deposit.amount()).isEqualTo(10_000);
        assertThat(balance(cardId)).isEqualTo(new Balance(cardId, 10_000, 10_000));
    }

    @Test
    void aPurchaseHoldsTheAvailableBalanceAtOnceAndLeavesTheLedgerWhenItClears() {
        long cardId = fundedCard("100.00");
        Purchase purchase = value(staging.spend(cardId, json("amount", "12.50", "merchant", "Corner Cafe")));
        CardTransaction transaction = purchase.transaction();
        assertThat(transaction.status()).isEqualTo(TransactionStatus.PENDING);
        assertThat(transaction.amount()).isEqualTo(1_250);
        assertThat(transaction.description()).isEqualTo("Corner Cafe");
        assertThat(transaction.authRefNum()).hasSize(12).containsOnlyDigits();
        assertThat(purchase.fees()).isEmpty();
        assertThat(balance(cardId)).isEqualTo(new Balance(cardId, 10_000, 8_750));

        sim.advance(CardTransaction.CLEARING_DELAY);
        assertThat(balance(cardId)).isEqualTo(new Balance(cardId, 8_750, 8_750));
        assertThat(value(sim.axys.activity().transactions(json())).items()).singleElement()
                .extracting(CardTransaction::status).isEqualTo(TransactionStatus.CLEARED);
    }

    @Test
    void aForeignPurchaseCarriesAnFxFeeWithTheSameAuthRefNum() {
        long cardId = fundedCard("100.00");
        Purchase purchase = value(staging.spend(cardId, json("amount", "12.50", "foreign", true)));
        assertThat(purchase.fees()).singleElement().satisfies(fee -> {
            assertThat(fee.authRefNum()).isEqualTo(purchase.transaction().authRefNum());
            assertThat(fee.feeType()).isEqualTo("FX");
            assertThat(fee.amount()).isEqualTo(38);
            assertThat(fee.merchantAmount()).isEqualTo(1_250);
        });
        assertThat(balance(cardId).availableBalance()).isEqualTo(10_000 - 1_250 - 38);
    }

    @Test
    void aPurchaseBeyondTheAvailableBalanceIsRefusedAndChangesNothing() {
        long cardId = fundedCard("10.00");
        DomainError refused = error(staging.spend(cardId, json("amount", "9.75", "foreign", true)));
        assertThat(refused.kind()).isEqualTo(ErrorKind.VALIDATION_FAILED);
        assertThat(refused.fieldErrors()).singleElement().extracting(FieldError::field).isEqualTo("amount");
        assertThat(balance(cardId)).isEqualTo(new Balance(cardId, 1_000, 1_000));
        assertThat(value(staging.spend(cardId, json("amount", "10.00"))).transaction().amount()).isEqualTo(1_000);
    }

    @Test
    void onlyAnActiveCardCanSpend() {
        long cardId = fundedCard("10.00");
        value(sim.axys.cards().setStatus(cardId, json("newStatus", 2)));
        assertThat(error(staging.spend(cardId, json("amount", "1.00"))).kind()).isEqualTo(ErrorKind.INVALID_STATE);
        assertThat(error(staging.spend(424_242, json("amount", "1.00"))).kind()).isEqualTo(ErrorKind.NOT_FOUND);
    }

    @Test
    void amountsAreDecimalStringsAboveZero() {
        long cardId = fundedCard("10.00");
        for (Object bad : new Object[] {1250, "12.505", "0.00", null}) {
            assertThat(error(staging.spend(cardId, json("amount", bad))).fieldErrors())
                    .extracting(FieldError::field).containsExactly("amount");
        }
        assertThat(error(staging.spend(cardId, json("amount", "1.00", "foreign", "yes"))).fieldErrors())
                .containsExactly(new FieldError("foreign", "true or false"));
        assertThat(error(staging.deposit(cardId, json("amount", 100))).kind())
                .isEqualTo(ErrorKind.VALIDATION_FAILED);
    }

    @Test
    void ledgerBalanceNeverDropsBelowAvailableWhilePurchasesAreHeld() {
        long cardId = fundedCard("50.00");
        value(staging.spend(cardId, json("amount", "20.00", "foreign", true)));
        sim.advance(Duration.ofHours(23));
        Balance held = balance(cardId);
        assertThat(held.availableBalance()).isLessThanOrEqualTo(held.ledgerBalance());
        assertThat(held.ledgerBalance()).isEqualTo(5_000);
    }
}
