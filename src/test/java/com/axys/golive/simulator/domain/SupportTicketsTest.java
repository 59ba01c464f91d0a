package com.axys.golive.simulator.domain;

import static com.axys.golive.simulator.domain.TestAxys.error;
import static com.axys.golive.simulator.domain.TestAxys.json;
import static com.axys.golive.simulator.domain.TestAxys.value;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class SupportTicketsTest {

    private final TestAxys sim = new TestAxys();
    private final SupportTickets support = sim.axys.support();

    @Test
    void aTicketGetsTheNextIdAndIsRemembered() {
        long holder = sim.cardholderIn(CardholderStatus.ADMIN_DECLINE);
        SupportTicket first = value(support.raise(json("subject", "Admin decline", "description", "Please review",
                "priority", 1, "cardholderId", holder)));
        SupportTicket second = value(support.raise(json("subject", "Other", "description", "d", "priority", 4)));

        assertThat(first.ticketId()).isEqualTo(ServiceRecords.FIRST_TICKET_ID);
        assertThat(second.ticketId()).isEqualTo(ServiceRecords.FIRST_TICKET_ID + 1);
        assertThat(first.cardholderId()).isEqualTo(holder);
        assertThat(first.createdAt()).isEqualTo(sim.clock.instant());
        assertThat(support.all()).containsExactly(first, second);
    }

    @Test
    void subjectDescriptionAndAPriorityFromOneToFourAreRequired() {
        assertThat(error(support.raise(json("priority", 5))).fieldErrors()).extracting(FieldError::field)
                .containsExactly("subject", "description", "priority");
        assertThat(error(support.raise(json("subject", " ", "description", "d", "priority", 0))).fieldErrors())
                .containsExactly(new FieldError("subject", "required"),
                        new FieldError("priority", "integer 1-4 (1 is the most urgent)"));
        assertThat(support.all()).isEmpty();
    }

    @Test
    void aNamedCardholderOrCardMustExist() {
        assertThat(error(support.raise(json("subject", "s", "description", "d", "priority", 2,
                "cardholderId", 424_242, "cardId", 424_242))).fieldErrors()).extracting(FieldError::field)
                .containsExactly("cardholderId", "cardId");
        Card card = sim.virtualCard();
        assertThat(value(support.raise(json("subject", "Close card", "description", "d", "priority", 3,
                "cardId", card.cardId()))).cardId()).isEqualTo(card.cardId());
    }

    @Test
    void resetForgetsTicketsAndRestartsTheirIds() {
        value(support.raise(json("subject", "s", "description", "d", "priority", 2)));
        sim.axys.reset();
        assertThat(support.all()).isEmpty();
        assertThat(value(support.raise(json("subject", "s", "description", "d", "priority", 2))).ticketId())
                .isEqualTo(ServiceRecords.FIRST_TICKET_ID);
    }
}
