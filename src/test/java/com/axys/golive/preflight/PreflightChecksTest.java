package com.axys.golive.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.checklist.Checklist;
import com.axys.golive.config.Target;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

final class PreflightChecksTest {

    @Test
    void everyChecklistIdNamesAnItemOfTheChecklist() throws Exception {
        Checklist checklist = Checklist.load();

        assertThat(checks(Target.parse("staging"), false)).flatExtracting(PreflightCheck::checklistIds)
                .allSatisfy(id -> assertThat(checklist.find(id)).as(id).isPresent())
                .contains("P2.CERT.02", "P2.CERT.03", "P2.CERT.04", "P2.NET.03", "P2.NET.04", "P2.NET.05",
                        "P2.NET.06");
    }

    @Test
    void theSimulatorHasNoDnsToCheckAndNeverAsksForAResolver() throws Exception {
        List<PreflightCheck> checks = checks(Target.parse("simulator"), false);

        CheckResult fcrdns = checks.get(5).run(List.of());
        assertThat(fcrdns.check()).isEqualTo("FCrDNS");
        assertThat(fcrdns.status()).isEqualTo(CheckStatus.SKIP);
        assertThat(fcrdns.detail()).isEqualTo("simulator: no DNS to check; use --target staging|production with your"
                + " real certificate");
    }

    @Test
    void theAuthTestCanBeSkipped() throws Exception {
        List<PreflightCheck> checks = checks(Target.parse("staging"), true);

        assertThat(checks).extracting(PreflightCheck::name).containsExactly("certificate loads", "validity",
                "key matches certificate", "key type and size", "subject rules", "FCrDNS", "auth test");
        assertThat(checks.get(6).run(List.of()).detail()).isEqualTo("skipped (--skip-auth-test)");
    }

    private static List<PreflightCheck> checks(Target target, boolean skipAuthTest) throws Exception {
        PreflightOptions options = new PreflightOptions(target, List.of(), 30, skipAuthTest, Duration.ofSeconds(1),
                Clock.systemUTC());
        return PreflightChecks.standard(options, Materials.of(TestCertificates.client().issue()), () -> {
            throw new AssertionError("no DNS resolver may be created here");
        }, () -> {
            throw new AssertionError("no call may be made here");
        });
    }
}
