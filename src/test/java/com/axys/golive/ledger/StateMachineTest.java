package com.axys.golive.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The documented cardholder lifecycle (reference §6) as the ledger judges it. */
final class StateMachineTest {

    private final StateMachine cardholder = StateMachine.CARDHOLDER_STATUS;

    @Test
    void aDeclineMayGoBackUnderReviewAsTheResubmissionTheRefreshMakes() {
        assertThat(cardholder.allows(2L, 3L)).isTrue();
        assertThat(cardholder.explain(2L, 3L, null)).isEqualTo("documented: 2 -> 3");
        assertThat(cardholder.allows(6L, 3L)).isTrue();
    }

    @Test
    void aDeclineCannotJumpStraightToApproved() {
        assertThat(cardholder.allows(2L, 1L)).isFalse();
        assertThat(cardholder.explain(2L, 1L, null)).startsWith("UNDOCUMENTED");
    }
}
