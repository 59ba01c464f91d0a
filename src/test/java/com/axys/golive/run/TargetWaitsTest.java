package com.axys.golive.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axys.golive.client.Sleeper;
import com.axys.golive.client.StatusPoller;
import com.axys.golive.simulator.domain.VirtualClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The run's wait budget on a real target: every wait draws on it, a wait it cuts short is pending on the target (not
 * passed, not a hang), a wait that ends by itself is the step's to judge. Time here is a stand-in that the poller's
 * sleeps move, so each case is exact.
 */
final class TargetWaitsTest {

    private final VirtualClock clock = new VirtualClock(Clock.fixed(Instant.parse("2026-12-04T06:00:00Z"),
            ZoneOffset.UTC));
    private final Sleeper sleeper = clock::advance;
    private final StatusPoller review = new StatusPoller(StatusPoller.Schedule.standard(Duration.ofMinutes(30)),
            sleeper, clock);

    private TargetWaits budget(Duration total) {
        Instant origin = clock.instant();
        return new TargetWaits(total, false, clock, () -> Duration.between(origin, clock.instant()).toNanos());
    }

    @Test
    void aWaitTheBudgetCutsShortIsPendingOnTheTargetWithWhatItWaitedForAndTheIds() {
        TargetWaits waits = budget(Duration.ofSeconds(20));
        AtomicInteger probes = new AtomicInteger();

        assertThatThrownBy(() -> waits.until(review, "Jordan's KYC review to reach Approved (1)",
                Map.of("cardholderId", 10023L), () -> {
                    probes.incrementAndGet();
                    return "Under Review (3)";
                }, s -> s.startsWith("Approved")))
                .isInstanceOf(PendingOnTarget.class)
                .hasMessageContaining("Jordan's KYC review to reach Approved (1)")
                .hasMessageContaining("cardholderId=10023")
                .hasMessageContaining("last seen Under Review (3)")
                .hasMessageContaining("waiting since 2026-12-04T06:00:00Z");
        // 2 s + 5 s + 10 s fit in 20 s; the next interval (30 s) does not, so the wait ends without sleeping past it.
        assertThat(probes).hasValue(4);
        assertThat(waits.remaining()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void theBudgetIsSharedSoALaterWaitGetsOnlyWhatIsLeftButStillItsFirstProbe() {
        TargetWaits waits = budget(Duration.ofSeconds(20));
        try {
            waits.until(review, "first", Map.of(), () -> 3, s -> s == 1);
        } catch (PendingOnTarget expected) {
            // spent 17 s of 20
        }
        AtomicInteger probes = new AtomicInteger();
        var outcome = waits.until(review, "second", Map.of(), () -> probes.incrementAndGet() == 1 ? 1 : 3,
                s -> s == 1);
        assertThat(outcome.satisfied()).as("an outcome already there is seen at the first probe").isTrue();
        assertThatThrownBy(() -> waits.until(review, "third", Map.of(), () -> 3, s -> s == 1))
                .isInstanceOf(PendingOnTarget.class);
    }

    @Test
    void aWaitThatMeetsItsOwnDeadlineFirstIsReturnedForTheStepToJudgeNotPending() {
        TargetWaits waits = budget(Duration.ofHours(2));
        var outcome = waits.until(review, "review", Map.of(), () -> 3, s -> s == 1);
        assertThat(outcome.satisfied()).isFalse();
        assertThat(outcome.waited()).isLessThanOrEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void onTheVirtualClockOfTheEmbeddedSimulatorNothingIsEverCutShort() {
        TargetWaits waits = TargetWaits.virtual(clock);
        var days = new StatusPoller(new StatusPoller.Schedule(List.of(Duration.ofHours(1)), Duration.ofDays(1),
                Duration.ofDays(10)), sleeper, clock);
        AtomicInteger probes = new AtomicInteger();
        var outcome = waits.until(days, "clearing", Map.of(), probes::incrementAndGet, n -> n == 4);
        assertThat(outcome.satisfied()).isTrue();
        assertThat(outcome.waited()).isEqualTo(Duration.ofHours(1).plusDays(2));
    }
}
