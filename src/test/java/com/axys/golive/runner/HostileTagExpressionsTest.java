package com.axys.golive.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axys.golive.HarnessException;
import com.axys.golive.config.Capability;
import com.axys.golive.security.HostileInputs;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What an attacker or a careless user types as --tags, against the real packaged features: on production the plan
 * holds only @production-safe scenarios that are not @simulator-only, @verify-production or @raises-ticket, or the
 * expression is refused before anything starts.
 */
@Tag("security")
final class HostileTagExpressionsTest {

    static final List<String> HOSTILE = HostileInputs.TAG_EXPRESSIONS;

    @Test
    void onProductionNoExpressionPlansAnUnsafeScenario() {
        int planned = 0;
        int refused = 0;
        for (String tags : HOSTILE) {
            TagSelection selection;
            try {
                selection = TagPolicy.selectionFor(TagPolicyTest.config("production", Set.of(Capability.values()),
                        tags), true);
            } catch (HarnessException e) {
                assertThat(e.category()).as(tags).isEqualTo(HarnessException.Category.USAGE);
                refused++;
                continue;
            }
            List<List<String>> chosen = new ArrayList<>();
            FeatureRunner.Plan plan = FeatureRunner.plan(selection);
            plan.forEachScenarioTags(chosen::add);
            for (List<String> scenarioTags : chosen) {
                assertThat(scenarioTags).as("--tags '%s' planned %s", tags, scenarioTags)
                        .contains("@production-safe")
                        .doesNotContain("@simulator-only", "@verify-production", "@raises-ticket");
            }
            planned += chosen.size();
        }
        assertThat(refused).as("malformed expressions refused").isGreaterThanOrEqualTo(5);
        assertThat(planned).as("the one production-safe Phase 1 scenario was still planned where asked").isPositive();
    }

    @Test
    void onStagingNothingSimulatorOnlyOrTicketRaisingIsPlannedWithoutTheFlag() {
        for (String tags : HOSTILE) {
            TagSelection selection;
            try {
                selection = TagPolicy.selectionFor(TagPolicyTest.config("staging", Set.of(Capability.values()),
                        tags), false);
            } catch (HarnessException e) {
                continue;
            }
            FeatureRunner.plan(selection).forEachScenarioTags(scenarioTags -> assertThat(scenarioTags)
                    .as("--tags '%s'", tags).doesNotContain("@simulator-only", "@verify-production",
                            "@raises-ticket"));
        }
    }

    @Test
    void aSelectionThatMatchesNothingPlansNoScenario() {
        TagSelection none = TagPolicy.selectionFor(TagPolicyTest.config("simulator", Set.of(Capability.values()),
                "@no-such-tag"));
        assertThat(FeatureRunner.plan(none).scenarios()).isZero();
        assertThatThrownBy(() -> TagPolicy.selectionFor(TagPolicyTest.config("simulator",
                Set.of(Capability.values()), "not(")))
                .isInstanceOf(HarnessException.class);
    }
}
