package com.axys.golive.simulator.domain;

import java.time.Clock;
import java.util.function.Supplier;

/**
 * A card account's balances and the bank-deposit trace: a traced amount is in {@code ledgerBalance} at once and in
 * {@code availableBalance} after the Program's clearing delay on the virtual clock.
 */
public final class CardFunding {

    private final AxysStore store;
    private final Clock clock;
    private final Supplier<? extends ProgramRules> program;
    private final CardOperations cards;

    CardFunding(AxysStore store, Clock clock, Supplier<? extends ProgramRules> program, CardOperations cards) {
        this.store = store;
        this.clock = clock;
        this.program = program;
        this.cards = cards;
    }

    /** GET /cards/{id}/balance. */
    public Result<Balance> balance(long cardId) {
        return store.locked(() -> cards.find(cardId)
                .map(card -> Balance.of(cardId, store.balanceEntries(cardId), clock.instant())));
    }

    /**
     * POST /cards/{id}/bank-deposit: any card but a Closed (3) one; {@code transactionAmount} > 0 when given. A trace
     * without an amount is recorded but credits nothing ({@link BankTrace}).
     */
    public Result<BankTrace> bankDeposit(long cardId, Fields body) {
        return store.locked(() -> cards.find(cardId).flatMap(card -> {
            if (card.issuerCardStatus() == IssuerCardStatus.CLOSED) {
                return Result.failed(DomainError.invalidState("card " + cardId + " is Closed (3): it takes no "
                        + "deposits"));
            }
            return CardValidation.forBankDeposit(body).map(declared -> declared.map(amount -> {
                Deposit deposit = store.addDeposit(id -> new Deposit(id, cardId, amount, clock.instant(),
                        clock.instant().plus(program.get().clearingDelay())));
                return new BankTrace(deposit.depositId(), amount);
            }).orElseGet(() -> new BankTrace(store.takeDepositId(), null)));
        }));
    }
}
