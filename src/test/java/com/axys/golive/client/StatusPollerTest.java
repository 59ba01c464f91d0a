package com.axys.golive.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.simulator.domain.VirtualClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

final class StatusPollerTest {

    private final VirtualClock clock = new VirtualClock(Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"),
            ZoneOffset.UTC));
    private final List<Duration> sleeps = new ArrayList<>();
    private final Sleeper sleeper = d -> {
        sleeps.add(d);
        clock.advance(d);
    };

    @Test
    void followsTheScheduleThenTheCapUntilTheConditionHolds() {
        var schedule = new StatusPoller.Schedule(List.of(Duration.ofSeconds(2), Duration.ofSeconds(5)),
                Duration.ofSeconds(30), Duration.ofHours(1));
        AtomicInteger probes = new AtomicInteger();
        var outcome = new StatusPoller(schedule, sleeper, clock).until(probes::incrementAndGet, n -> n == 5);
        assertThat(outcome.satisfied()).isTrue();
        assertThat(outcome.probes()).isEqualTo(5);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(30),
                Duration.ofSeconds(30));
        assertThat(outcome.waited()).isEqualTo(Duration.ofSeconds(67));
    }

    @Test
    void givesUpAtTheDeadlineWithoutSleepingPastIt() {
        var schedule = new StatusPoller.Schedule(List.of(Duration.ofSeconds(10)), Duration.ofSeconds(60),
                Duration.ofMinutes(3));
        var outcome = new StatusPoller(schedule, sleeper, clock).until(() -> "Under Review", s -> false);
        assertThat(outcome.satisfied()).isFalse();
        assertThat(outcome.last()).isEqualTo("Under Review");
        assertThat(outcome.waited()).isLessThanOrEqualTo(Duration.ofMinutes(3));
        assertThat(sleeps).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(60));
    }

    @Test
    void theStandardScheduleIsTheDocumentedOne() {
        var standard = StatusPoller.Schedule.standard(Duration.ofHours(2));
        assertThat(standard.intervals()).extracting(Duration::getSeconds).containsExactly(2L, 5L, 10L, 30L, 60L, 120L);
        assertThat(standard.cap()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aLongRealWaitSaysHowItIsDoingAndAVirtualOneStaysQuiet() {
        var schedule = new StatusPoller.Schedule(List.of(Duration.ofSeconds(10)), Duration.ofSeconds(60),
                Duration.ofMinutes(10));
        List<String> lines = new ArrayList<>();
        Progress progress = new Progress();
        progress.to(lines::add);
        long[] fakeNanos = {0};
        new StatusPoller(schedule, sleeper, clock).reportingTo(progress)
                .withNanoTime(() -> fakeNanos[0] += Duration.ofSeconds(40).toNanos())
                .until(() -> "Under Review", s -> false);
        assertThat(lines).isNotEmpty().allMatch(l -> l.contains("still waiting: last seen Under Review"))
                .anyMatch(l -> l.contains("deadline 10 min"));

        List<String> quiet = new ArrayList<>();
        Progress virtual = new Progress();
        virtual.to(quiet::add);
        new StatusPoller(schedule, sleeper, clock).reportingTo(virtual).until(() -> "Under Review", s -> false);
        assertThat(quiet).as("waits on the virtual clock take no real time").isEmpty();
    }
}
