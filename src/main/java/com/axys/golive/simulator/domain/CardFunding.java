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

    /**
     * POST /cards/{id}/deposit, deprecated but still working (reference 8.30): a blockchain trace. Its body is not
     * documented; the simulator reads an optional {@code transactionAmount} (integer > 0, the name the bank trace
     * uses [I]) and puts it in {@code ledgerBalance} for the documented 24 h an unverified trace lives (nothing
     * verifies it here, so it never becomes available). Without an amount it credits nothing. A Closed (3) card is
     * refused as for the bank trace.
     */
    public Result<Card> chainDeposit(long cardId, Fields body) {
        return store.locked(() -> cards.find(cardId).flatMap(card -> {
            if (card.issuerCardStatus() == IssuerCardStatus.CLOSED) {
                return Result.failed(DomainError.invalidState("card " + cardId + " is Closed (3): it takes no "
                        + "deposits"));
            }
            FieldRules rules = new FieldRules(body);
            Long amount = rules.optionalInteger("transactionAmount", 1, Long.MAX_VALUE,
                    "integer > 0 (decimal-implied)");
            return rules.result(() -> card).map(valid -> {
                if (amount != null) {
                    store.addChainTrace(new ChainDepositTrace(cardId, amount, clock.instant()));
                }
                return valid;
            });
        }));
    }
}
