package com.axys.golive.simulator.domain;

import java.time.Clock;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Issuing cards to an Approved (1) cardholder. A virtual card is Active (1) at once; a physical card waits in Not
 * Activated (4) and needs its design slot, and slot 0, approved. Both get PAN, CVV, expiry, default PIN and deposit
 * addresses at issuance; the issuance itself is always approved ({@code cardStatus} 1).
 */
public final class CardIssuance {

    private final AxysStore store;
    private final Clock clock;
    private final Supplier<? extends ProgramRules> program;
    private final CardDataGenerator generator;
    private final CardholderOperations cardholders;

    CardIssuance(AxysStore store, Clock clock, Supplier<? extends ProgramRules> program, CardDataGenerator generator,
                 CardholderOperations cardholders) {
        this.store = store;
        this.clock = clock;
        this.program = program;
        this.generator = generator;
        this.cardholders = cardholders;
    }

    /** POST /cards/virtual/{cardholderId}. */
    public Result<Card> issueVirtual(long cardholderId, Fields body) {
        return issue(cardholderId, body, CardKind.VIRTUAL);
    }

    /** POST /cards/assign/{cardholderId}: {@code cardType} is the design slot, 0 when omitted. */
    public Result<Card> issuePhysical(long cardholderId, Fields body) {
        return issue(cardholderId, body, CardKind.PHYSICAL);
    }

    private Result<Card> issue(long cardholderId, Fields body, CardKind kind) {
        return store.locked(() -> cardholders.find(cardholderId).flatMap(holder -> {
            if (holder.status() != CardholderStatus.APPROVED) {
                return Result.failed(DomainError.invalidState("cardholder " + cardholderId + " is in status "
                        + holder.status() + "; cards are issued only to cardholders in status 1 (Approved)"));
            }
            return CardValidation.forIssue(body, holder.transactionLimit(), kind)
                    .flatMap(request -> designApproved(request, kind))
                    .map(request -> store.addCard(id -> newCard(id, holder, request, kind)));
        }));
    }

    private Result<CardRequest> designApproved(CardRequest request, CardKind kind) {
        if (kind == CardKind.VIRTUAL) {
            return Result.ok(request);
        }
        Set<Integer> approved = program.get().approvedDesignSlots();
        for (int slot : new int[] {0, request.designSlot()}) {
            if (!approved.contains(slot)) {
                return Result.failed(DomainError.invalidState(
                        "design slot " + slot + " is not approved (designStatus != 1)"));
            }
        }
        return Result.ok(request);
    }

    private Card newCard(long cardId, Cardholder holder, CardRequest request, CardKind kind) {
        return new Card(cardId, holder.cardholderId(), kind, CardStatus.APPROVED,
                kind == CardKind.VIRTUAL ? IssuerCardStatus.ACTIVE : IssuerCardStatus.NOT_ACTIVATED,
                request.nameOnCard(), request.alias(), request.transactionLimit(),
                request.transactionLimit() != null ? request.transactionLimit() : holder.transactionLimit(),
                request.designSlot(), request.contact(), generator.newCard(clock.instant()),
                generator.depositAddresses(), clock.instant());
    }
}
