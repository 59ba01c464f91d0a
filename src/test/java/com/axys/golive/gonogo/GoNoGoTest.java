package com.axys.golive.gonogo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The verdict rules on hand-made inputs: what turns GO into GO WITH WARNINGS or NO-GO, and what is named. */
final class GoNoGoTest {

    private static final String PRODUCTION = "production (https://production.api.axyscards.com/v2)";

    @Test
    void everyCheckAndTestPassingIsGo() {
        GoNoGo g = GoNoGo.decide(preflight(passing()), phase3(tests("PASS")));

        assertThat(g.decision()).isEqualTo(Decision.GO);
        assertThat(g.blockers()).isEmpty();
        assertThat(g.warnings()).isEmpty();
        assertThat(g.verdictLine()).startsWith("GO: every preflight check and every Phase 3 test passed");
    }

    @Test
    void oneFailedCheckIsNoGoAndNamesItsReasonAndFix() {
        List<PreflightResults.Check> checks = passing();
        checks.set(1, new PreflightResults.Check("validity", List.of("P2.CERT.03"), "FAIL",
                "client certificate CN=pay.example.test expired on 2026-11-24T19:00:00Z",
                "renew the certificate with Axys"));

        GoNoGo g = GoNoGo.decide(preflight(checks), phase3(tests("PASS")));

        assertThat(g.decision()).isEqualTo(Decision.NO_GO);
        assertThat(g.blockers()).singleElement().satisfies(f -> {
            assertThat(f.source()).isEqualTo("Preflight");
            assertThat(f.item()).isEqualTo("validity");
            assertThat(f.reason()).contains("expired on 2026-11-24");
            assertThat(f.fix()).isEqualTo("renew the certificate with Axys");
        });
        assertThat(g.verdictLine()).isEqualTo("NO-GO: 1 red item(s): Preflight validity");
    }

    @Test
    void aPendingPhase3TestIsNoGoAndItsFixIsToContinueTheSameVerification() {
        List<Phase3Results.Test> tests = tests("PASS");
        tests.set(3, new Phase3Results.Test(4, "P3.04", "Compliance approval", "status = 1 confirmed", "PENDING",
                "pending on the target: the compliance review of test cardholder 10532"));

        GoNoGo g = GoNoGo.decide(preflight(passing()), phase3(tests));

        assertThat(g.decision()).isEqualTo(Decision.NO_GO);
        assertThat(g.blockers()).extracting(Finding::line).singleElement().asString()
                .contains("Phase 3 4. Compliance approval: pending on the target, not passed")
                .contains("golive verify-production --confirm --continue run");
    }

    @Test
    void oneFailedPhase3TestIsNoGoWithItsNotes() {
        List<Phase3Results.Test> tests = tests("PASS");
        tests.set(4, new Phase3Results.Test(5, "P3.05", "Card issuance", "cardId returned", "FAIL",
                "expected 200 but was 422"));

        GoNoGo g = GoNoGo.decide(preflight(passing()), phase3(tests));

        assertThat(g.decision()).isEqualTo(Decision.NO_GO);
        assertThat(g.blockers()).extracting(Finding::line)
                .containsExactly("Phase 3 5. Card issuance: expected 200 but was 422 (fix: fix the cause and re-run"
                        + " golive verify-production --confirm)");
    }

    @Test
    void oneWarningIsGoWithWarningsNeverPlainGo() {
        List<PreflightResults.Check> checks = passing();
        checks.set(1, new PreflightResults.Check("validity", List.of("P2.CERT.03"), "WARN",
                "client certificate expires in 12 days", "renew it before launch"));

        GoNoGo g = GoNoGo.decide(preflight(checks), phase3(tests("PASS")));

        assertThat(g.decision()).isEqualTo(Decision.GO_WITH_WARNINGS);
        assertThat(g.blockers()).isEmpty();
        assertThat(g.warnings()).extracting(Finding::item).containsExactly("validity");
        assertThat(g.verdictLine()).isEqualTo("GO WITH WARNINGS: nothing failed, but 1 warning(s) stand:"
                + " Preflight validity");
    }

    @Test
    void aFailOutweighsAWarning() {
        List<PreflightResults.Check> checks = passing();
        checks.set(0, new PreflightResults.Check("certificate loads", List.of(), "FAIL", "no such file", "fix it"));
        checks.set(1, new PreflightResults.Check("validity", List.of(), "WARN", "expires soon", "renew"));

        assertThat(GoNoGo.decide(preflight(checks), phase3(tests("PASS"))).decision()).isEqualTo(Decision.NO_GO);
    }

    @Test
    void aSkippedCheckIsAcceptedAsPreflightAcceptsItButListed() {
        List<PreflightResults.Check> checks = passing();
        checks.set(2, new PreflightResults.Check("auth test", List.of("P2.NET.06"), "SKIP", "--skip-auth-test", ""));

        GoNoGo g = GoNoGo.decide(preflight(checks), phase3(tests("PASS")));

        assertThat(g.decision()).isEqualTo(Decision.GO);
        assertThat(g.skipped()).extracting(Finding::item).containsExactly("auth test");
        assertThat(g.verdictLine()).contains("1 preflight check(s) skipped: Preflight auth test");
    }

    @Test
    void aManualTestIsNotProvenUntilAPersonSignsItOff() {
        List<Phase3Results.Test> tests = tests("PASS");
        tests.set(6, new Phase3Results.Test(7, "P3.07", "Test transaction", "transaction visible", "MANUAL",
                "make a small purchase"));

        GoNoGo unsigned = GoNoGo.decide(preflight(passing()), phase3(tests));
        assertThat(unsigned.decision()).isEqualTo(Decision.NO_GO);
        assertThat(unsigned.blockers()).singleElement().extracting(Finding::reason).asString()
                .startsWith("not proven");

        GoNoGo signed = GoNoGo.decide(preflight(passing()), phase3(tests, true, "VERIFIED: run",
                List.of(new Phase3Results.SignOffRecord("P3.07", "Dana", "TICKET-1", "2026-12-04T10:00:00Z"))));
        assertThat(signed.decision()).isEqualTo(Decision.GO);
    }

    @Test
    void aPhase3WarnIsAWarningUnlessSignedOff() {
        List<Phase3Results.Test> tests = tests("PASS");
        tests.set(7, new Phase3Results.Test(8, "P3.08", "Transaction retrieval", "visible", "WARN",
                "no transaction yet"));

        assertThat(GoNoGo.decide(preflight(passing()), phase3(tests)).decision())
                .isEqualTo(Decision.GO_WITH_WARNINGS);
        assertThat(GoNoGo.decide(preflight(passing()), phase3(tests, true, "VERIFIED: run",
                List.of(new Phase3Results.SignOffRecord("P3.08", "Dana", "T-2", "now")))).decision())
                .isEqualTo(Decision.GO);
    }

    @Test
    void evidenceThatDoesNotVerifyIsNoGoWhateverTheResults() {
        GoNoGo g = GoNoGo.decide(preflight(passing()), phase3(tests("PASS"), false,
                "CORRUPT: run — 1 problem(s) listed above", List.of()));

        assertThat(g.decision()).isEqualTo(Decision.NO_GO);
        assertThat(g.blockers()).singleElement().extracting(Finding::reason).asString()
                .startsWith("evidence does not verify: CORRUPT");
        assertThat(g.verdictLine()).endsWith("; evidence does not verify");
    }

    @Test
    void editedPreflightResultsAndRehearsalsAreNoGo() {
        PreflightResults edited = new PreflightResults("p.json", "ab", "p.json has SHA-256 ab but ...", PRODUCTION,
                passing());
        assertThat(GoNoGo.decide(edited, phase3(tests("PASS"))).decision()).isEqualTo(Decision.NO_GO);

        PreflightResults staging = new PreflightResults("p.json", "ab", null, "staging (https://x/v2)", passing());
        assertThat(GoNoGo.decide(staging, phase3(tests("PASS"))).blockers()).extracting(Finding::reason)
                .singleElement().asString().contains("not production");

        Phase3Results rehearsal = new Phase3Results("b", "run", "simulator", "https://127.0.0.1/v2", true,
                tests("PASS"), true, "VERIFIED", List.of());
        assertThat(GoNoGo.decide(preflight(passing()), rehearsal).blockers()).extracting(Finding::reason)
                .singleElement().asString().contains("rehearsal");
    }

    private static List<PreflightResults.Check> passing() {
        List<PreflightResults.Check> checks = new ArrayList<>();
        for (String name : List.of("certificate loads", "validity", "auth test")) {
            checks.add(new PreflightResults.Check(name, List.of(), "PASS", name + " holds", ""));
        }
        return checks;
    }

    private static PreflightResults preflight(List<PreflightResults.Check> checks) {
        return new PreflightResults("preflight/preflight.json", "ab", null, PRODUCTION, checks);
    }

    private static List<Phase3Results.Test> tests(String result) {
        List<Phase3Results.Test> tests = new ArrayList<>();
        for (int n = 1; n <= 8; n++) {
            tests.add(new Phase3Results.Test(n, "P3.0" + n, "test " + n, "criterion", result, ""));
        }
        return tests;
    }

    private static Phase3Results phase3(List<Phase3Results.Test> tests) {
        return phase3(tests, true, "VERIFIED: run", List.of());
    }

    private static Phase3Results phase3(List<Phase3Results.Test> tests, boolean verified, String line,
                                        List<Phase3Results.SignOffRecord> signOffs) {
        return new Phase3Results("evidence/run", "run", "production", "https://production.api.axyscards.com/v2",
                false, tests, verified, line, signOffs);
    }
}
