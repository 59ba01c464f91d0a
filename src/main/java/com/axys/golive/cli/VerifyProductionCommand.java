package com.axys.golive.cli;

import com.axys.golive.HarnessException;
import com.axys.golive.config.ConfigLoader;
import com.axys.golive.config.ConfigOverrides;
import com.axys.golive.config.HarnessConfig;
import com.axys.golive.launch.BundleRecords;
import com.axys.golive.launch.ContinuedVerification;
import com.axys.golive.launch.ProductionGuard;
import com.axys.golive.launch.Result;
import com.axys.golive.launch.ScenarioOutcome;
import com.axys.golive.launch.VerificationRun;
import com.axys.golive.launch.VerificationTable;
import com.axys.golive.launch.VerificationTableText;
import com.axys.golive.launch.VerificationTags;
import com.axys.golive.run.Continuation;
import com.axys.golive.run.HarnessSession;
import com.axys.golive.runner.CiReports;
import com.axys.golive.runner.FeatureRunner;
import com.axys.golive.runner.TagSelection;
import com.axys.golive.runner.RunSummary;
import com.axys.golive.verification.Verdict;
import com.axys.golive.verification.VerificationReport;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "verify-production", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Launch day: runs the runbook's Phase 3 production verification (tests 1-8)"
                + " and prints its pass-criteria table. Only @production-safe scenarios can run.",
                "The target is production unless --target names another (a rehearsal); see --target.", ""},
        footer = {"", "It creates a test cardholder (last name Golive-Verification) and a virtual",
                "card on the target; a person completes test 4's identity check with a real",
                "identity document. Closing the card takes a support ticket.",
                "", "Examples:",
                "  export AXYS_API_KEY=...        # the production Program key (the value)",
                "  golive verify-production --confirm --cert file:prod.crt --key file:prod.key",
                "  golive verify-production --confirm --target simulator   # rehearsal",
                "  golive verify-production --confirm --target staging     # rehearsal",
                "  golive verify-production --confirm --cert … --key … --continue RUN-ID",
                "                                 # test 4's review outlived RUN-ID's wait: poll the same cardholder",
                "",
                "Exit codes: 0 all PASS/MANUAL/WARN, 1 a test FAILed, 2 usage or no --confirm,",
                "            3 auth test failed or credentials unusable, 4 evidence error,",
                "            5 nothing failed but test 4's review is still running (pending: --continue)."})
final class VerifyProductionCommand implements Callable<Integer> {


    @Spec
    CommandSpec spec;

    @Option(names = {"-t", "--target"}, paramLabel = "TARGET", description = "production (default); simulator,"
            + " staging or an https:// base URL ending in /v2 for a rehearsal. AXYS_ENV, AXYS_BASE_URL and"
            + " golive.yaml never choose the target here, but when one of them says production, a --target naming"
            + " another real target is refused.")
    String targetName;

    @Mixin
    TargetOptions target = new TargetOptions();

    @Option(names = "--confirm", description = "Required: you mean to create a test cardholder and a test card on the"
            + " target (production by default).")
    boolean confirm;

    @Option(names = {"-e", "--evidence"}, paramLabel = "DIR",
            description = "Evidence root folder (default ./evidence); the run writes DIR/<run-id>/.")
    Path evidence;

    @Option(names = "--review-wait-minutes", paramLabel = "N", defaultValue = "60",
            description = "How long test 4 waits for the identity check to be completed (default ${DEFAULT-VALUE}).")
    int reviewWaitMinutes;

    @Option(names = "--review-wait", paramLabel = "DURATION", converter = DurationOption.class,
            description = "The same wait as --review-wait-minutes, to the second (90s, 45m, 2h); it wins when both"
                    + " are given.")
    Duration reviewWait;

    @Option(names = "--continue", paramLabel = "RUN",
            description = "Go on with run RUN (its id, or its bundle's path) whose test 4 outlived its wait: only the"
                    + " tests RUN left pending run again (after test 1), polling the test cardholder RUN created"
                    + " instead of creating another in production. Same target as RUN; its bundle must verify.")
    String continueRun;

    @Option(names = "--no-report", description = "Skip the Allure HTML report (the raw results stay in the bundle).")
    boolean noReport;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!confirm) {
            err.println("golive: verify-production changes the target: it creates a test cardholder");
            err.println("  (last name Golive-Verification) and a virtual card, in production unless");
            err.println("  --target says otherwise. Closing the card takes a support ticket");
            err.println("  (POST /support/tickets); the run lists the ids to clean up.");
            err.println("  Re-run with --confirm when you mean it, or rehearse with --target simulator.");
            err.flush();
            return ExitCode.USAGE.code();
        }
        if (reviewWaitMinutes < 1) {
            err.println("golive: --review-wait-minutes must be at least 1, got " + reviewWaitMinutes);
            return ExitCode.USAGE.code();
        }
        if (reviewWait != null && (reviewWait.isZero() || reviewWait.isNegative())) {
            err.println("golive: --review-wait must be more than 0, got " + DurationOption.text(reviewWait));
            return ExitCode.USAGE.code();
        }
        Duration wait = reviewWait != null ? reviewWait : Duration.ofMinutes(reviewWaitMinutes);
        HarnessConfig config = ConfigLoader.system().load(overrides());
        boolean rehearsal = !config.target().isProduction();
        TagSelection authTest = ProductionGuard.requireProductionSafe(
                VerificationTags.selection(VerificationTags.authTest()));
        TagSelection afterAuth = ProductionGuard.requireProductionSafe(
                VerificationTags.selection(VerificationTags.afterAuth()));
        Continuation earlier = ContinueOption.resolve(continueRun, config);
        FeatureRunner.Plan tests = FeatureRunner.plan(afterAuth, CiReports.NONE,
                earlier.isEmpty() ? (feature, name) -> true : earlier::continues);
        if (!earlier.isEmpty() && tests.scenarios() == 0) {
            throw new HarnessException(HarnessException.Category.USAGE, "--continue: run " + earlier.runId()
                    + " left no Phase 3 test pending (its pending scenarios are not verify-production's); give the"
                    + " run id verify-production printed, or start a new verification without --continue");
        }
        banner(out, config, rehearsal);

        HarnessRun run = HarnessRun.open(config, HarnessSession.Options.DEFAULT, earlier, out);
        HarnessSession session = run.session();
        VerificationTable table;
        try {
            VerificationRun.begin(session, wait, line -> {
                out.println(">> " + line);
                out.flush();
            });
            if (!earlier.isEmpty()) {
                out.println("  continues " + earlier.runId() + ": " + tests.scenarios() + " of its " + earlier.pending()
                        + " pending tests, with the test cardholder it created");
            }
            out.println("Test 1, the auth test:");
            out.flush();
            RunSummary auth = FeatureRunner.run(session, authTest, out);
            if (auth.success()) {
                out.println(earlier.isEmpty() ? "Tests 2-8 (test 7 is manual):"
                        : "The tests run " + earlier.runId() + " left pending:");
                out.flush();
                FeatureRunner.run(session, tests, out);
            } else {
                out.println("Test 1 did not pass: tests 2-8 were not started, and nothing was created.");
            }
            run.phaseDone("scenarios");
            run.allureReport(noReport);
            table = table(session, rehearsal, earlier);
            session.evidence().writeFile(VerificationTableText.MARKDOWN,
                    VerificationTableText.markdown(table).getBytes(StandardCharsets.UTF_8));
            session.evidence().writeFile(VerificationTableText.JSON_FILE,
                    VerificationTableText.json(table).getBytes(StandardCharsets.UTF_8));
        } finally {
            run.close();
        }
        return report(out, err, run, table, rehearsal);
    }

    /** The user's flags, with production as the target unless --target names another. */
    private ConfigOverrides overrides() {
        ConfigOverrides given = target.overrides(targetName, evidence, VerificationTags.all());
        return new ConfigOverrides(targetName == null ? "production" : targetName, given.configFile(),
                given.evidenceRoot(), given.tags(), given.features(), given.clientCert(), given.clientKey(),
                given.keyPassphrase(), given.clientP12(), given.p12Password(), given.apiKey(), given.caBundle());
    }

    private static void banner(PrintWriter out, HarnessConfig config, boolean rehearsal) {
        if (rehearsal) {
            out.println("=".repeat(78));
            out.println("REHEARSAL against " + config.target() + ": NOT the production verification.");
            out.println("The table below proves the procedure only; it does not count for Phase 3.");
            out.println("=".repeat(78));
        } else {
            out.println("golive verify-production: PRODUCTION " + config.target().baseUrl()
                    + " (AXYS_ENV, AXYS_BASE_URL and golive.yaml do not choose the target here; --target rehearses)");
        }
        out.flush();
    }

    private static VerificationTable table(HarnessSession session, boolean rehearsal, Continuation earlier) {
        return VerificationTable.judge(session.evidence().runId(), session.target().name(),
                String.valueOf(session.target().baseUrl()), rehearsal, session.target().isSimulator(),
                BundleRecords.scenarios(session.evidence().dir()), VerificationRun.of(session).facts(),
                BundleRecords.created(session.evidence().dir()), earlier.bundle()
                        .map(dir -> ContinuedVerification.of(earlier.runId(), dir)).orElse(null));
    }

    private static int report(PrintWriter out, PrintWriter err, HarnessRun run, VerificationTable table,
                              boolean rehearsal) {
        HarnessSession session = run.session();
        VerificationReport evidenceCheck = run.verify();
        out.println();
        out.print(VerificationTableText.grid(table));
        out.println();
        out.println((rehearsal ? "REHEARSAL, not production: " : "") + table.tally());
        out.println("Verdict: " + table.verdict());
        if (table.continues() != null) {
            out.println(VerificationTableText.continuesLine(table));
        }
        out.println("Test entities to clean up:");
        VerificationTableText.cleanup(table).lines().forEach(l -> out.println("  " + l));
        out.println("Table: " + session.evidence().dir().resolve(VerificationTableText.MARKDOWN));
        out.println("Evidence: " + session.evidence().dir());
        out.println("  " + evidenceCheck.verdictLine());
        out.println("  " + run.timing());
        out.flush();
        List<ScenarioOutcome> unsafe = BundleRecords.scenarios(session.evidence().dir()).stream()
                .filter(o -> !o.tags().contains(VerificationTags.PRODUCTION_SAFE)).toList();
        if (!unsafe.isEmpty()) {
            err.println("golive: internal error: scenarios without " + VerificationTags.PRODUCTION_SAFE + " ran: "
                    + unsafe.stream().map(ScenarioOutcome::name).toList() + "; report this defect");
            return ExitCode.INTERNAL.code();
        }
        if (evidenceCheck.verdict() != Verdict.VERIFIED) {
            evidenceCheck.lines().forEach(l -> err.println("  " + l));
            err.println("golive: error: the evidence bundle did not verify (" + evidenceCheck.verdict() + ")");
            return ExitCode.EVIDENCE.code();
        }
        if (table.row(1).result() == Result.FAIL) {
            err.println("golive: error: the auth test failed: check the certificate and key pair, the IP allowlist"
                    + " and the PTR record of this host (runbook: common go-live blockers)");
            return ExitCode.CONNECTIVITY.code();
        }
        if (table.count(Result.FAIL) > 0) {
            return ExitCode.FAILURES.code();
        }
        if (table.count(Result.PENDING) > 0) {
            out.println("PENDING: test 4's compliance review is still running on the target; when the person has"
                    + " completed the identity check, continue with: golive verify-production --confirm … --continue "
                    + session.evidence().runId());
            out.flush();
            return ExitCode.PENDING.code();
        }
        return ExitCode.PASS.code();
    }
}
