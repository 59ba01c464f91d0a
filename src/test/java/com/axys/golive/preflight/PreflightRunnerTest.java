package com.axys.golive.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.HarnessException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

final class PreflightRunnerTest {

    @Test
    void keepsGoingWhenACheckThrowsAndReportsItAsAFailure() {
        PreflightReport report = PreflightRunner.run("staging", List.of(
                check("first", c -> CheckResult.pass(c, "fine")),
                check("broken", c -> {
                    throw new IllegalStateException("resolver vanished");
                }),
                check("last", c -> CheckResult.pass(c, "fine too"))));

        assertThat(report.results()).extracting(CheckResult::status)
                .containsExactly(CheckStatus.PASS, CheckStatus.FAIL, CheckStatus.PASS);
        CheckResult broken = report.results().get(1);
        assertThat(broken.detail()).isEqualTo("the check stopped with IllegalStateException: resolver vanished");
        assertThat(broken.fix()).contains("harness defect");
        assertThat(report.passed()).isFalse();
    }

    @Test
    void anExpectedFailureKeepsItsOwnMessageAndFix() {
        PreflightReport report = PreflightRunner.run("staging", List.of(check("secrets", c -> {
            throw new HarnessException(HarnessException.Category.USAGE, "secret 'env:X' is not set; export X");
        })));

        assertThat(report.results().get(0).detail()).isEqualTo("secret 'env:X' is not set");
        assertThat(report.results().get(0).fix()).isEqualTo("export X");
    }

    @Test
    void eachCheckSeesTheResultsBeforeIt() {
        List<Integer> seen = new ArrayList<>();
        PreflightRunner.run("staging", List.of(
                check("a", c -> CheckResult.pass(c, "a")),
                check("b", c -> CheckResult.pass(c, "b")),
                check("c", c -> CheckResult.pass(c, "c"))).stream()
                .map(c -> (PreflightCheck) new Spy(c, seen)).toList());

        assertThat(seen).containsExactly(0, 1, 2);
    }

    @Test
    void passesWithWarningsAndSkipsAndNamesThemInTheVerdict() {
        PreflightReport report = PreflightRunner.run("staging", List.of(
                check("a", c -> CheckResult.pass(c, "a")),
                check("b", c -> CheckResult.warn(c, "b", "do b")),
                check("FCrDNS", c -> CheckResult.skip(c, "simulator"))));

        assertThat(report.passed()).isTrue();
        assertThat(report.verdictLine()).isEqualTo("PASSED: 1 of 3 checks passed; 1 warning, 1 skipped (FCrDNS)");
    }

    @Test
    void theVerdictNamesTheFailedChecks() {
        PreflightReport report = PreflightRunner.run("staging", List.of(
                check("validity", c -> CheckResult.fail(c, "expired", "renew")),
                check("b", c -> CheckResult.pass(c, "b"))));

        assertThat(report.verdictLine()).isEqualTo("FAILED: 1 of 2 checks failed (validity); 0 warnings, 0 skipped");
    }

    private static PreflightCheck check(String name, Function<PreflightCheck, CheckResult> body) {
        return new PreflightCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<String> checklistIds() {
                return List.of("P2.CERT.03");
            }

            @Override
            public CheckResult run(List<CheckResult> earlier) {
                return body.apply(this);
            }
        };
    }

    private record Spy(PreflightCheck inner, List<Integer> seen) implements PreflightCheck {
        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public List<String> checklistIds() {
            return inner.checklistIds();
        }

        @Override
        public CheckResult run(List<CheckResult> earlier) {
            seen.add(earlier.size());
            return inner.run(earlier);
        }
    }
}
