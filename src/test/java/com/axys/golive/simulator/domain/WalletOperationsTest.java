package com.axys.golive.simulator.domain;

import static com.axys.golive.simulator.domain.TestAxys.error;
import static com.axys.golive.simulator.domain.TestAxys.json;
import static com.axys.golive.simulator.domain.TestAxys.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

final class WalletOperationsTest {

    private final TestAxys sim = new TestAxys();
    private final WalletOperations wallets = sim.axys.wallets();

    private long wallet() {
        return value(wallets.create(json("name", "Operating"))).walletId();
    }

    private long fundedWallet(long amount) {
        long walletId = wallet();
        value(wallets.bankDeposit(walletId, json("transactionAmount", amount, "transactionReference", "fund")));
        sim.advance(sim.program.get().clearingDelay());
        return walletId;
    }

    private Fields transfer(long walletId, int type, long destination, long amount, String description) {
        return json("sourceWalletId", walletId, "destinationType", type, "destinationId", destination,
                "amount", amount, "description", description);
    }

    @Test
    void aWalletIsCreatedByNameWithTheDocumentedFirstId() {
        assertThat(value(wallets.create(json("name", "Operating"))).walletId()).isEqualTo(3_301);
        assertThat(error(wallets.create(json())).fieldErrors()).containsExactly(new FieldError("name", "required"));
    }

    @Test
    void aBankDepositIsSettledAtOnceAndAvailableAfterClearing() {
        long walletId = wallet();
        BankTrace trace = value(wallets.bankDeposit(walletId, json("transactionAmount", 50_000,
                "transactionReference", "top-up")));
        assertThat(trace.amount()).isEqualTo(50_000L);
        WalletTransaction deposit = value(wallets.list(json())).items().get(0);
        assertThat(deposit.depositId()).isEqualTo(trace.depositId());
        assertThat(deposit.transStatus()).isEqualTo(WalletTransaction.PENDING);
        assertThat(deposit.description()).isEqualTo("top-up");
        assertThat(value(wallets.balance(walletId))).isEqualTo(new WalletBalance(walletId, 50_000, 0));
        sim.advance(sim.program.get().clearingDelay());
        assertThat(value(wallets.balance(walletId))).isEqualTo(new WalletBalance(walletId, 50_000, 50_000));
        assertThat(value(wallets.list(json())).items()).singleElement().extracting(WalletTransaction::transStatus)
                .isEqualTo(WalletTransaction.COMPLETED);
    }

    @Test
    void aWalletToCardTransferIsImmediateAndIsAWalletMovementOnly() {
        long walletId = fundedWallet(50_000);
        Card card = sim.virtualCard();
        WalletTransaction made = value(wallets.transfer(transfer(walletId, 1, card.cardId(), 12_000, "ref-1")));
        assertThat(made.transStatus()).isEqualTo(WalletTransaction.COMPLETED);
        assertThat(value(wallets.balance(walletId))).isEqualTo(new WalletBalance(walletId, 38_000, 38_000));
        assertThat(value(sim.axys.funding().balance(card.cardId())))
                .isEqualTo(new Balance(card.cardId(), 12_000, 12_000));
        assertThat(value(sim.axys.activity().transactions(json("cardId", card.cardId()))).total()).isZero();
        Page<WalletTransaction> toCard = value(wallets.list(json("cardId", card.cardId())));
        assertThat(toCard.items()).singleElement().satisfies(movement -> {
            assertThat(movement.transId()).isEqualTo(made.transId());
            assertThat(movement.description()).isEqualTo("ref-1");
            assertThat(movement.destinationCardholderId()).isEqualTo(card.cardholderId());
        });
        assertThat(value(wallets.list(json("cardholderId", card.cardholderId()))).total()).isEqualTo(1);
        assertThat(value(wallets.list(json())).total()).isEqualTo(2);
    }

    @Test
    void theSameTransferSentTwiceMovesTheMoneyTwice() {
        long walletId = fundedWallet(50_000);
        long cardId = sim.virtualCard().cardId();
        value(wallets.transfer(transfer(walletId, 1, cardId, 10_000, "same")));
        value(wallets.transfer(transfer(walletId, 1, cardId, 10_000, "same")));
        assertThat(value(wallets.balance(walletId)).walletAvailableBalance()).isEqualTo(30_000);
    }

    @Test
    void aTransferDrawsOnlyOnTheAvailableBalance() {
        long walletId = wallet();
        value(wallets.bankDeposit(walletId, json("transactionAmount", 50_000)));
        long cardId = sim.virtualCard().cardId();
        DomainError refused = error(wallets.transfer(transfer(walletId, 1, cardId, 1, "too early")));
        assertThat(refused.kind()).isEqualTo(ErrorKind.VALIDATION_FAILED);
        assertThat(refused.fieldErrors()).extracting(FieldError::field).containsExactly("amount");
        assertThat(value(sim.axys.funding().balance(cardId)).ledgerBalance()).isZero();
        assertThat(value(wallets.list(json("cardId", cardId))).total()).isZero();
    }

    @Test
    void walletToWalletMovesBothBalancesOfBothWallets() {
        long from = fundedWallet(10_000);
        long to = wallet();
        value(wallets.transfer(transfer(from, 0, to, 4_000, "sweep")));
        assertThat(value(wallets.balance(to))).isEqualTo(new WalletBalance(to, 4_000, 4_000));
        assertThat(error(wallets.transfer(transfer(from, 0, from, 1, "self"))).fieldErrors())
                .extracting(FieldError::field).containsExactly("destinationId");
    }

    @Test
    void unknownEndsAreNotFoundAndAClosedOrCardSourceIsRefused() {
        long walletId = fundedWallet(10_000);
        assertThat(error(wallets.transfer(transfer(9_999, 1, 1, 1, "x"))).kind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(error(wallets.transfer(transfer(walletId, 1, 424_242, 1, "x"))).kind())
                .isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(error(wallets.transfer(transfer(walletId, 0, 9_999, 1, "x"))).kind())
                .isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(error(wallets.bankDeposit(9_999, json("transactionAmount", 1))).kind())
                .isEqualTo(ErrorKind.NOT_FOUND);
        Fields fromCard = json("sourceCardId", 8_801, "sourceWalletId", walletId, "destinationType", 0,
                "destinationId", walletId + 1, "amount", 1);
        assertThat(error(wallets.transfer(fromCard)).fieldErrors()).extracting(FieldError::field)
                .contains("sourceCardId");
    }

    @Test
    void theListFiltersByTimeWindowAndPages() {
        long walletId = fundedWallet(10_000);
        long cardId = sim.virtualCard().cardId();
        sim.advance(Duration.ofHours(1));
        long later = sim.clock.instant().getEpochSecond();
        value(wallets.transfer(transfer(walletId, 1, cardId, 100, "a")));
        value(wallets.transfer(transfer(walletId, 1, cardId, 200, "b")));
        assertThat(value(wallets.list(json("after", String.valueOf(later)))).total()).isEqualTo(2);
        Page<WalletTransaction> second = value(wallets.list(json("limit", 1, "offset", 1)));
        assertThat(second.total()).isEqualTo(3);
        assertThat(second.items()).singleElement().extracting(WalletTransaction::description).isEqualTo("a");
    }

    @Test
    void aTraceWithoutAnAmountIsRecordedButCreditsAndListsNothing() {
        long walletId = wallet();
        BankTrace trace = value(wallets.bankDeposit(walletId, json("transactionReference", "top-up")));
        assertThat(trace.credited()).isFalse();
        sim.advance(sim.program.get().clearingDelay());
        assertThat(value(wallets.balance(walletId))).isEqualTo(new WalletBalance(walletId, 0, 0));
        assertThat(value(wallets.list(json())).items()).isEmpty();
        assertThat(error(wallets.bankDeposit(walletId, json("transactionAmount", 0))).fieldErrors())
                .containsExactly(new FieldError("transactionAmount", "integer > 0 (decimal-implied)"));
    }
}
