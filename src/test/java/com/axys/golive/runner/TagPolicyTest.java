package com.axys.golive.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.config.Capability;
import com.axys.golive.config.HarnessConfig;
import com.axys.golive.config.Target;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class TagPolicyTest {

    private static HarnessConfig config(String target, Set<Capability> features, String tags) {
        HarnessConfig d = HarnessConfig.simulatorDefaults(Path.of("evidence"));
        return new HarnessConfig(Target.parse(target), d.credentials(), features, d.evidenceRoot(), tags,
                d.connectTimeout(), d.readTimeout(), d.pollDeadline(), d.maxCallsPerSecond());
    }

    @Test
    void theSimulatorWithEveryFeatureRunsEverythingButWorkInProgress() {
        assertThat(TagPolicy.expressionFor(config("simulator", Set.of(Capability.values()), "")))
                .isEqualTo("not @wip");
    }

    @Test
    void missingProgramFeaturesAndSimulatorOnlyScenariosAreLeftOutOnStaging() {
        assertThat(TagPolicy.expressionFor(config("staging", Set.of(Capability.WALLETS), "@checklist:P1.INT.01")))
                .isEqualTo("(@checklist:P1.INT.01) and not @if:physical and not @if:3ds and not @if:bank"
                        + " and not @wip and not @simulator-only and not @verify-production and not @raises-ticket");
    }

    @Test
    void productionRunsOnlyProductionSafeScenarios() {
        assertThat(TagPolicy.expressionFor(config("production", Set.of(Capability.values()), "")))
                .isEqualTo("not @wip and not @simulator-only and not @verify-production and not @raises-ticket"
                        + " and @production-safe");
    }

    @Test
    void cucumberSyntaxIsTranslatedForThePlatformFilter() {
        assertThat(TagPolicy.toPlatformExpression("(@checklist:P1.INT.01 or @security) and not @if:physical"))
                .isEqualTo("(checklist:P1.INT.01 | security) & !if:physical");
        assertThat(TagPolicy.toPlatformExpression("not @simulator-only")).isEqualTo("!simulator-only");
    }

    @Test
    void ticketRaisingScenariosRunOnARealTargetOnlyWhenAskedFor() {
        HarnessConfig staging = config("staging", Set.of(Capability.values()), "");
        assertThat(TagPolicy.expressionFor(staging)).contains("not @raises-ticket");
        assertThat(TagPolicy.expressionFor(staging, true)).doesNotContain("@raises-ticket");
        assertThat(TagPolicy.expressionFor(config("staging", Set.of(Capability.values()), "@raises-ticket")))
                .doesNotContain("not @raises-ticket");
    }
}
