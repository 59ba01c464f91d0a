package com.axys.golive.simulator.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A support ticket the Program raised: the escalation path the docs name for admin declines, closing a card and
 * moving funds off a card.
 *
 * @param priority     1 (most urgent) to 4
 * @param cardholderId the cardholder it concerns, {@code null} when none was named
 * @param cardId       the card it concerns, {@code null} when none was named
 */
public record SupportTicket(long ticketId, String subject, String description, int priority, Long cardholderId,
                            Long cardId, Instant createdAt) {

    public SupportTicket {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(createdAt, "createdAt");
        if (priority < 1 || priority > 4) {
            throw new IllegalArgumentException("a ticket's priority is 1-4, got " + priority);
        }
    }
}
