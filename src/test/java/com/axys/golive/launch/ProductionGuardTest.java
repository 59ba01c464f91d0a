package com.axys.golive.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axys.golive.HarnessException;
import com.axys.golive.config.Target;
import org.junit.jupiter.api.Test;

final class ProductionGuardTest {

    private static final Target PRODUCTION = Target.parse("production");

    @Test
    void admitsEveryExpressionVerifyProductionRuns() {
        for (String expression : new String[] {VerificationTags.authTest(), VerificationTags.afterAuth(),
                VerificationTags.all()}) {
            assertThat(ProductionGuard.admit(PRODUCTION, expression)).isEqualTo(expression);
            assertThat(ProductionGuard.counterExample(expression)).as(expression).isEmpty();
        }
    }

    @Test
    void admitsTheExpressionTheRunPolicyBuildsForProduction() {
        String expression = "(@checklist:P3.01) and not @if:physical and not @simulator-only and @production-safe";
        assertThat(ProductionGuard.admit(PRODUCTION, expression)).isEqualTo(expression);
    }

    @Test
    void refusesAnExpressionWithoutTheProductionSafeTag() {
        assertThatThrownBy(() -> ProductionGuard.admit(PRODUCTION, "@checklist:P3.02"))
                .isInstanceOf(HarnessException.class)
                .hasMessageContaining("could select a scenario tagged @checklist:P3.02")
                .hasMessageContaining("add 'and @production-safe and not @simulator-only'")
                .extracting(e -> ((HarnessException) e).category()).isEqualTo(HarnessException.Category.USAGE);
    }

    @Test
    void refusesAProductionSafeTagThatAnOrCanBypass() {
        assertThat(ProductionGuard.counterExample("@production-safe and not @simulator-only or @checklist:P1.INT.01"))
                .hasValueSatisfying(tags -> assertThat(tags).contains("@checklist:P1.INT.01")
                        .doesNotContain("@production-safe"));
    }

    @Test
    void refusesASimulatorOnlyScenarioEvenWhenItIsMarkedProductionSafe() {
        assertThat(ProductionGuard.counterExample("@production-safe"))
                .hasValueSatisfying(tags -> assertThat(tags).contains("@production-safe", "@simulator-only"));
    }

    @Test
    void refusesNegationsThatOnlyLookSafe() {
        assertThat(ProductionGuard.counterExample("not (not @production-safe) or not @wip")).isPresent();
        assertThat(ProductionGuard.counterExample("not (not @production-safe or @simulator-only)")).isEmpty();
    }

    @Test
    void refusesTheEmptyExpressionWhichSelectsEverything() {
        assertThatThrownBy(() -> ProductionGuard.admit(PRODUCTION, " ")).isInstanceOf(HarnessException.class)
                .hasMessageContaining("empty tag expression selects every scenario");
    }

    @Test
    void treatsAProductionHostGivenAsAUrlAsProduction() {
        assertThatThrownBy(() -> ProductionGuard.admit(Target.parse("https://production.api.axyscards.com/v2"),
                "@checklist:P3.02")).isInstanceOf(HarnessException.class);
    }

    @Test
    void leavesOtherTargetsToTheRunPolicy() {
        assertThat(ProductionGuard.admit(Target.parse("staging"), "@checklist:P3.02")).isEqualTo("@checklist:P3.02");
        assertThat(ProductionGuard.admit(Target.parse("simulator"), "")).isEmpty();
    }

    @Test
    void refusesWhatItCannotProve() {
        // An escaped tag is parsed by Cucumber, not pasted: it is a tag like any other and cannot widen anything.
        assertThat(ProductionGuard.counterExample("@a\\(b and @production-safe and not @simulator-only")).isEmpty();
        assertThat(ProductionGuard.counterExample("@a\\) or @b and @production-safe")).isPresent();
        assertThatThrownBy(() -> ProductionGuard.requireProductionSafe("@production-safe and (@a or"))
                .isInstanceOf(HarnessException.class).hasMessageContaining("malformed");
        StringBuilder many = new StringBuilder("@production-safe and not @simulator-only");
        for (int i = 0; i < ProductionGuard.MAX_TAGS; i++) {
            many.append(" and not @t").append(i);
        }
        assertThatThrownBy(() -> ProductionGuard.requireProductionSafe(many.toString()))
                .isInstanceOf(HarnessException.class).hasMessageContaining("simplify it");
    }
}
