package com.axys.golive.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.capture.ScenarioContext;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("security")
final class ProductionRequestGuardTest {

    private final ProductionRequestGuard guard = new ProductionRequestGuard(true, false, () -> ScenarioContext.NONE,
            new CallGate(), (s, m, p, r) -> { });

    private static ScenarioContext scenario(String... tags) {
        return ScenarioContext.of("Jordan's scenario", "features/x.feature", List.of(tags));
    }

    @Test
    void letsAProductionSafeScenarioThrough() {
        assertThat(guard.refusal(scenario("@production-safe"), "GET", "/v2/cardholders")).isNull();
        assertThat(guard.refusal(scenario("@production-safe", "@checklist:P3.02"), "POST", "/v2/cardholders"))
                .isNull();
    }

    @Test
    void refusesARequestOutsideAnyScenarioOrFromAnUnsafeOne() {
        assertThat(guard.refusal(ScenarioContext.NONE, "GET", "/v2/cardholders")).contains("@production-safe");
        assertThat(guard.refusal(scenario("@checklist:P1.INT.01"), "POST", "/v2/cardholders"))
                .contains("does not come from a @production-safe scenario");
        assertThat(guard.refusal(scenario("@production-safe", "@simulator-only"), "GET", "/v2/cardholders"))
                .contains("@simulator-only");
    }

    @Test
    void refusesTicketsUnlessAskedForAndStagingPathsAlways() {
        assertThat(guard.refusal(scenario("@production-safe", "@raises-ticket"), "POST", "/v2/support/tickets"))
                .contains("--raise-tickets");
        ProductionRequestGuard asked = new ProductionRequestGuard(true, true, () -> ScenarioContext.NONE,
                new CallGate(), (s, m, p, r) -> { });
        assertThat(asked.refusal(scenario("@production-safe", "@raises-ticket"), "POST", "/v2/support/tickets"))
                .isNull();
        assertThat(asked.refusal(scenario("@production-safe"), "POST", "/v2/staging/kyc/validate"))
                .contains("/staging/");
        assertThat(asked.refusal(scenario("@production-safe"), "POST", "/v2/STAGING/kyc/validate"))
                .contains("/staging/");
    }

    @Test
    void admitsTheKycLinkRefreshOnlyFromPhase3Test4() {
        assertThat(guard.refusal(scenario("@production-safe", "@checklist:P3.04"), "POST",
                "/v2/cardholders/10532/kyc-url/refresh")).isNull();
        assertThat(guard.refusal(scenario("@production-safe", "@checklist:P3.03"), "POST",
                "/v2/cardholders/10532/kyc-url/refresh")).contains("only Phase 3 test 4 (@checklist:P3.04)");
        assertThat(guard.refusal(scenario("@production-safe"), "post", "/v2/Cardholders/10532/KYC-URL/refresh/"))
                .contains("@checklist:P3.04");
        assertThat(guard.refusal(scenario("@checklist:P3.04"), "POST", "/v2/cardholders/10532/kyc-url/refresh"))
                .contains("does not come from a @production-safe scenario");
        assertThat(guard.refusal(scenario("@production-safe", "@checklist:P3.03"), "PUT",
                "/v2/cardholders/10532/kyc-submit")).isNull();
    }
}
