package com.axys.golive.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.config.Capability;
import com.axys.golive.config.HarnessConfig;
import com.axys.golive.config.Target;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class TagPolicyTest {

    static HarnessConfig config(String target, Set<Capability> features, String tags) {
        HarnessConfig d = HarnessConfig.simulatorDefaults(Path.of("evidence"));
        return new HarnessConfig(Target.parse(target), d.credentials(), features, d.evidenceRoot(), tags,
                d.connectTimeout(), d.readTimeout(), d.pollDeadline(), d.maxCallsPerSecond());
    }

    @Test
    void theSimulatorWithEveryFeatureRunsEverythingButWorkInProgress() {
        TagSelection s = TagPolicy.selectionFor(config("simulator", Set.of(Capability.values()), ""));
        assertThat(s.toString()).isEqualTo("not @wip and not @provokes-rate-limit");
        assertThat(s.evaluate(List.of("@checklist:P1.INT.01", "@simulator-only"))).isTrue();
        assertThat(s.evaluate(List.of("@checklist:P1.INT.01", "@wip"))).isFalse();
    }

    @Test
    void missingProgramFeaturesAndSimulatorOnlyScenariosAreLeftOutOnStaging() {
        TagSelection s = TagPolicy.selectionFor(config("staging", Set.of(Capability.WALLETS), "@checklist:P1.INT.01"));
        assertThat(s.toString()).isEqualTo("(@checklist:P1.INT.01) and not @if:physical and not @if:3ds and not"
                + " @if:bank and not @wip and not @provokes-rate-limit and not @simulator-only and not @verify-production and not @raises-ticket");
        assertThat(s.evaluate(List.of("@checklist:P1.INT.01"))).isTrue();
        assertThat(s.evaluate(List.of("@checklist:P1.INT.01", "@if:wallets"))).isTrue();
        assertThat(s.evaluate(List.of("@checklist:P1.INT.01", "@if:physical"))).isFalse();
        assertThat(s.evaluate(List.of("@checklist:P1.INT.01", "@simulator-only"))).isFalse();
        assertThat(s.evaluate(List.of("@checklist:P1.INT.02"))).isFalse();
    }

    @Test
    void productionRunsOnlyProductionSafeScenarios() {
        TagSelection s = TagPolicy.selectionFor(config("production", Set.of(Capability.values()), ""));
        assertThat(s.toString()).isEqualTo("not @wip and not @provokes-rate-limit and not @simulator-only and not"
                + " @verify-production and not @raises-ticket and @production-safe");
        assertThat(s.evaluate(List.of("@production-safe"))).isTrue();
        assertThat(s.evaluate(List.of("@checklist:P1.INT.01"))).isFalse();
    }

    @Test
    void theRateLimitBurstRunsOnlyOnARealNonProductionTargetAndOnlyWhenAskedFor() {
        List<String> burst = List.of("@checklist:P1.ERR.01", "@provokes-rate-limit");
        HarnessConfig staging = config("staging", Set.of(Capability.values()), "");
        assertThat(TagPolicy.selectionFor(staging, false, false).evaluate(burst)).isFalse();
        assertThat(TagPolicy.selectionFor(staging, false, true).evaluate(burst)).isTrue();
        assertThat(TagPolicy.selectionFor(config("simulator", Set.of(Capability.values()), ""), false, true)
                .evaluate(burst)).as("the simulator injects its 429 instead").isFalse();
        assertThat(TagPolicy.selectionFor(config("production", Set.of(Capability.values()), ""), false, true)
                .evaluate(burst)).isFalse();
    }

    @Test
    void ticketRaisingScenariosRunOnARealTargetOnlyWhenTheFlagAsksForThem() {
        HarnessConfig staging = config("staging", Set.of(Capability.values()), "");
        assertThat(TagPolicy.selectionFor(staging).evaluate(List.of("@raises-ticket"))).isFalse();
        assertThat(TagPolicy.selectionFor(staging, true).evaluate(List.of("@raises-ticket"))).isTrue();
        // Naming the tag in --tags no longer lets them in: only --raise-tickets does.
        HarnessConfig named = config("staging", Set.of(Capability.values()), "@raises-ticket");
        assertThat(TagPolicy.selectionFor(named).evaluate(List.of("@raises-ticket"))).isFalse();
        HarnessConfig escaping = config("staging", Set.of(Capability.values()), "@raises-ticket) or (@x");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TagPolicy.selectionFor(escaping))
                .hasMessageContaining("malformed");
    }

    @Test
    void productionNeverAdmitsTicketsEvenWhenAskedFor() {
        HarnessConfig production = config("production", Set.of(Capability.values()), "");
        assertThat(TagPolicy.selectionFor(production, true)
                .evaluate(List.of("@production-safe", "@raises-ticket"))).isFalse();
    }
}
