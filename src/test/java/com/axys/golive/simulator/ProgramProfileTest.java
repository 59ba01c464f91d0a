package com.axys.golive.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class ProgramProfileTest {

    @Test
    void defaultsAreAUsdProgramWithSlotZeroAndANinetySecondReview() {
        ProgramProfile defaults = ProgramProfile.defaults();
        assertThat(defaults.currency()).isZero();
        assertThat(defaults.transactionLimitCeiling()).isEqualTo(500_000L);
        assertThat(defaults.threeDsEnabled()).isTrue();
        assertThat(defaults.sumsubEnabled()).isFalse();
        assertThat(defaults.approvedDesignSlots()).containsExactly(0);
        assertThat(defaults.reviewDelay()).isEqualTo(Duration.ofSeconds(90));
        assertThat(defaults.clearingDelay()).isEqualTo(Duration.ofDays(5));
    }

    @Test
    void theSixComponentConstructorClearsInFiveDays() {
        ProgramProfile profile = new ProgramProfile(2, 1_000L, false, true, Set.of(0, 1), Duration.ZERO);
        assertThat(profile.clearingDelay()).isEqualTo(ProgramProfile.DEFAULT_CLEARING_DELAY);
    }

    @Test
    void withersFlipOneSwitch() {
        ProgramProfile flipped = ProgramProfile.defaults().withThreeDsEnabled(false)
                .withApprovedDesignSlots(Set.of(0, 4));
        assertThat(flipped.threeDsEnabled()).isFalse();
        assertThat(flipped.approvedDesignSlots()).containsExactlyInAnyOrder(0, 4);
        assertThat(flipped.sumsubEnabled()).isFalse();
    }

    @Test
    void refusesImpossibleSettings() {
        assertThatThrownBy(() -> ProgramProfile.defaults().withApprovedDesignSlots(Set.of(6)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0-5");
        assertThatThrownBy(() -> ProgramProfile.defaults().withReviewDelay(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProgramProfile(4, 1L, true, false, Set.of(0), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("currency");
    }
}
