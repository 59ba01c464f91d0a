package com.axys.golive.simulator.domain;

import java.time.Clock;
import java.util.List;

/**
 * POST /support/tickets, wholly inferred (reference §8.29: the docs say "raise a support ticket" for admin declines,
 * closing a card and moving funds off a card, but document no endpoint): {@code subject}, {@code description},
 * {@code priority} 1-4, and optionally the {@code cardholderId} and {@code cardId} it concerns, which must exist.
 * Tickets are only remembered: nobody answers them.
 */
public final class SupportTickets {

    private final AxysStore store;
    private final Clock clock;

    SupportTickets(AxysStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Result<SupportTicket> raise(Fields body) {
        return store.locked(() -> {
            FieldRules rules = new FieldRules(body);
            String subject = rules.requiredText("subject", 1, Integer.MAX_VALUE);
            String description = rules.requiredText("description", 1, Integer.MAX_VALUE);
            Long priority = rules.requiredInteger("priority", 1, 4, "integer 1-4 (1 is the most urgent)");
            Long cardholderId = rules.optionalInteger("cardholderId", 1, Long.MAX_VALUE, "integer > 0");
            Long cardId = rules.optionalInteger("cardId", 1, Long.MAX_VALUE, "integer > 0");
            if (cardholderId != null && store.cardholder(cardholderId, clock.instant()).isEmpty()) {
                rules.reject("cardholderId", "a cardholder of this Program");
            }
            if (cardId != null && store.card(cardId).isEmpty()) {
                rules.reject("cardId", "a card of this Program");
            }
            return rules.result(() -> store.services().addTicket(id -> new SupportTicket(id, subject, description,
                    priority.intValue(), cardholderId, cardId, clock.instant())));
        });
    }

    /** Every ticket raised so far, oldest first. The API lists none: for tests and the control surface. */
    public List<SupportTicket> all() {
        return store.locked(() -> store.services().tickets());
    }
}
