package com.axys.golive.simulator.domain;

import java.time.Clock;
import java.util.List;

/**
 * POST /cardholders/{id}/register-bank-account (reference §8.19): an Approved (1) cardholder with a card registers
 * the account their bank transfers will come from. The answer is a deposit id and "pending": the cardholder confirms
 * by replying to an SMS, which is not an API call, so a registration here stays pending.
 */
public final class BankAccounts {

    private final AxysStore store;
    private final Clock clock;
    private final CardholderOperations cardholders;

    BankAccounts(AxysStore store, Clock clock, CardholderOperations cardholders) {
        this.store = store;
        this.clock = clock;
        this.cardholders = cardholders;
    }

    public Result<BankAccountRegistration> register(long cardholderId, Fields body) {
        return store.locked(() -> cardholders.find(cardholderId).flatMap(holder -> {
            if (holder.status() != CardholderStatus.APPROVED) {
                return Result.failed(DomainError.invalidState("cardholder " + cardholderId + " is in status "
                        + holder.status() + "; a bank account can be registered only in status 1 (Approved)"));
            }
            if (store.cards().stream().noneMatch(card -> card.cardholderId() == cardholderId)) {
                return Result.failed(DomainError.invalidState("cardholder " + cardholderId + " has no card yet; a "
                        + "bank account can be registered once a card has been issued"));
            }
            FieldRules rules = new FieldRules(body);
            String name = rules.requiredText("senderAccountName", 1, 50);
            String number = rules.requiredText("senderAccountNumber", 7, 34);
            String routing = rules.requiredText("senderRoutingNumber", 6, 12);
            return rules.result(() -> store.services().add(new BankAccountRegistration(store.takeDepositId(),
                    cardholderId, name, number, routing, clock.instant())));
        }));
    }

    /** Every registration so far, oldest first (none is ever confirmed). For tests. */
    public List<BankAccountRegistration> all() {
        return store.locked(() -> store.services().bankAccounts());
    }
}
