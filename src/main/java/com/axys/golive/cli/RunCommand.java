package com.axys.golive.cli;

import com.axys.golive.HarnessException;
import com.axys.golive.config.ConfigLoader;
import com.axys.golive.launch.ProductionGuard;
import com.axys.golive.config.HarnessConfig;
import com.axys.golive.evidence.EvidenceFiles;
import com.axys.golive.reconciliation.ReconciliationFindings;
import com.axys.golive.run.Continuation;
import com.axys.golive.run.HarnessSession;
import com.axys.golive.run.IgnoredCredentials;
import com.axys.golive.run.TargetWaits;
import com.axys.golive.runner.CiReports;
import com.axys.golive.runner.FeatureRunner;
import com.axys.golive.runner.RunSummary;
import com.axys.golive.runner.SelectionRecord;
import com.axys.golive.runner.Shard;
import com.axys.golive.runner.TagPolicy;
import com.axys.golive.runner.TagSelection;
import com.axys.golive.verification.Verdict;
import com.axys.golive.verification.VerificationReport;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.xbill.DNS.Address;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import com.axys.golive.simulator.wiremock.ChaosPlan;
import picocli.CommandLine.Spec;

@Command(name = "run", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Runs the Phase 1 features against the target and writes the evidence bundle.", ""},
        footer = {"", "Examples:",
                "  golive run                                # embedded simulator, no credentials",
                "  golive run --tags '@checklist:P1.INT.01'  # one checklist item",
                "  export AXYS_API_KEY=...                   # the staging Program key (the value)",
                "  golive run --target staging --cert file:program.crt --key file:program.key",
                "  golive run --target staging --config golive.yaml --features physical,wallets",
                "  golive run --target staging --junit reports/junit.xml   # CI: see docs/ci/",
                "",
                "  golive run --target staging --max-wait 45m            # nightly: give slow outcomes longer",
                "  golive run --target staging --continue RUN-ID        # pick up what RUN-ID left pending",
                "",
                "Exit codes: 0 all passed, 1 scenario failures or reconciliation findings, 2 usage/config error,",
                "            3 TLS/credential/connectivity error, 4 evidence did not verify,",
                "            5 nothing failed but some outcomes are still pending on the target."})
final class RunCommand implements Callable<Integer> {

    /** A closing FAILED line keeps the assertion's expected and actual values; a long message is cut here. */
    static final int CLOSING_LINE_WIDTH = 300;

    @Spec
    CommandSpec spec;

    @Option(names = {"-t", "--target"}, paramLabel = "TARGET", description = TargetOptions.TARGET_DESCRIPTION)
    String targetName;

    @Mixin
    TargetOptions target = new TargetOptions();

    @Option(names = "--tags", paramLabel = "EXPR",
            description = "Cucumber tag expression, e.g. '@checklist:P1.INT.02 and not @if:physical'.")
    String tags;

    @Option(names = {"-e", "--evidence"}, paramLabel = "DIR",
            description = "Evidence root folder (default ./evidence); the run writes DIR/<run-id>/.")
    Path evidence;

    @Option(names = "--no-report", description = "Skip the Allure HTML report (the raw results stay in the bundle).")
    boolean noReport;

    @Option(names = "--raise-tickets", description = "On a real target, also run the scenarios that open a real"
            + " support ticket (@raises-ticket): once for the evidence pack, not in nightly regression.")
    boolean raiseTickets;

    @Option(names = "--junit", paramLabel = "FILE", description = "Also write JUnit XML for CI dashboards (Jenkins,"
            + " GitLab, GitHub): one testcase per scenario, failure messages redacted like the evidence.")
    Path junit;

    @Option(names = "--cucumber-json", paramLabel = "FILE", description = "Also write Cucumber JSON (Jenkins'"
            + " Cucumber Reports and other Cucumber dashboards), redacted like the evidence.")
    Path cucumberJson;

    @Option(names = "--provoke-rate-limit", description = "On staging (a real target), also run the rate-limit"
            + " scenario: one short burst of at most 60 reads, stopping at the first 429, to prove the Retry-After"
            + " handling there. Off by default (nightly runs stay polite); never on production.")
    boolean provokeRateLimit;

    @Option(names = "--max-wait", paramLabel = "DURATION", converter = DurationOption.class,
            description = "On a real target, the real time all waits (KYC review, clearing) may take together"
                    + " (default 20m; e.g. 90s, 45m, 2h). A scenario still waiting when it runs out is reported"
                    + " pending on the target, never passed. The embedded simulator's clock is virtual: no waiting.")
    Duration maxWait = TargetWaits.DEFAULT_BUDGET;

    @Option(names = "--continue", paramLabel = "RUN",
            description = "On a real target, run again only the scenarios run RUN (its id, or its bundle's path)"
                    + " left pending on the target, adopting the cardholders, cards, purchases and wallets it made"
                    + " instead of making new ones: a KYC review or a clearing that outlives one run's --max-wait is"
                    + " waited for in the next. Same target as RUN; the new bundle names RUN on each scenario.")
    String continueRun;

    @Option(names = "--shard", paramLabel = "I/N", converter = ShardOption.class,
            description = "Run only part I of N of the selected scenarios, for a CI matrix of N machines (e.g. 2/4)."
                    + " The parts are decided from the selection alone, the same on every machine."
                    + " Each part writes its own bundle; pack them"
                    + " with 'golive evidence pack B1 B2 ...' into one campaign whose coverage spans the parts.")
    Shard shard = Shard.WHOLE;

    @Option(names = "--chaos", paramLabel = "SEED[:RATE]", converter = ChaosOption.class,
            description = "Embedded simulator only. " + ChaosOption.DESCRIPTION + " Scenarios that cannot absorb"
                    + " their faults fail with a named cause. Against a real target, run 'golive simulator --chaos'"
                    + " and aim the run at it.")
    ChaosPlan chaos;

    @Option(names = "--chaos-log", paramLabel = "FILE",
            description = "With --chaos, also write the simulator's fault log there, one JSON line per fault (seq,"
                    + " method, path, fault, status, time), to compare with the bundle's calls.jsonl.")
    Path chaosLog;

    @Option(names = "--calling-ip", paramLabel = "IP", split = ",",
            description = "A public IPv4 address Axys sees your calls from (NAT gateway EIP); repeatable or a comma"
                    + " list. On a 403 'No Authorised IPs configured' the run checks its PTR and the certificate"
                    + " domains' A records (FCrDNS, as golive preflight does) to file the cause in errors.jsonl;"
                    + " without it that cause is 'undetermined'. The embedded simulator sees 127.0.0.1.")
    List<String> callingIps = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (String ip : callingIps) {
            if (!Address.isDottedQuad(ip.strip())) {
                throw new HarnessException(HarnessException.Category.USAGE, "--calling-ip '" + ip + "' is not an"
                        + " IPv4 address; give the public IPv4 address Axys sees your calls from (e.g. the NAT"
                        + " gateway's EIP), repeatable or comma-separated");
            }
        }
        List<String> ips = callingIps.stream().map(String::strip).distinct().toList();
        HarnessConfig config = ConfigLoader.system().load(target.overrides(targetName, evidence, tags));
        // Everything about the selection is checked before a simulator, a connection or a bundle exists.
        TagSelection selection = ProductionGuard.admit(config.target(), TagPolicy.selectionFor(config, raiseTickets,
                provokeRateLimit));
        if (provokeRateLimit && config.target().isProduction()) {
            throw new HarnessException(HarnessException.Category.USAGE, "--provoke-rate-limit bursts calls to"
                    + " provoke a 429 and never runs on production; use it against staging");
        }
        if (chaos != null && !config.target().isSimulator()) {
            throw new HarnessException(HarnessException.Category.USAGE, "--chaos injects faults in the embedded"
                    + " simulator and cannot reach " + config.target().name() + "; start 'golive simulator --chaos "
                    + chaos.seed() + ":" + chaos.rate() + "' and aim the run at it, or drop --target");
        }
        if (!shard.isWhole() && continueRun != null) {
            throw new HarnessException(HarnessException.Category.USAGE, "--shard splits a run over machines and"
                    + " --continue runs only what one run left pending; continue each shard's run on its own, without"
                    + " --shard");
        }
        if (chaosLog != null && chaos == null) {
            throw new HarnessException(HarnessException.Category.USAGE, "--chaos-log needs --chaos SEED[:RATE]");
        }
        Continuation earlier = ContinueOption.resolve(continueRun, config);
        FaultLogFile faultLog = chaosLog == null ? null : FaultLogFile.open(chaosLog);
        CiReports reports = new CiReports(junit, cucumberJson).checked();
        FeatureRunner.Plan plan = FeatureRunner.plan(selection, reports,
                earlier.isEmpty() ? (feature, name) -> true : earlier::continues);
        long selectedInAll = plan.scenarios();
        Set<String> inShard = Set.of();
        if (!shard.isWhole() && selectedInAll > 0) {
            inShard = shard.pick(plan.scenarioList());
            Set<String> mine = inShard;
            plan = FeatureRunner.plan(selection, reports, (feature, name) -> mine.contains(Shard.key(feature, name)));
            if (plan.scenarios() == 0) {
                throw new HarnessException(HarnessException.Category.USAGE, "shard " + shard + " holds no scenario:"
                        + " there are only " + selectedInAll + " selected scenarios for "
                        + shard.count() + " parts; use fewer parts (nothing was started)");
            }
        }
        if (plan.scenarios() == 0) {
            throw new HarnessException(HarnessException.Category.USAGE, earlier.isEmpty()
                    ? "no scenario matched tag expression '" + selection + "'; check --tags and --features (nothing"
                    + " was started, no bundle was written)"
                    : "none of the " + earlier.pending() + " scenarios run " + earlier.runId() + " left pending is"
                    + " selected by '" + selection + "'; check --tags and --features (nothing was started)");
        }
        out.println("golive run: target " + config.target().name()
                + (config.target().isSimulator() ? " (embedded, starting…)" : " " + config.target().baseUrl()));
        if (config.target().isSimulator()) {
            IgnoredCredentials.note(config.credentials()).ifPresent(note -> out.println("  note      " + note));
        }
        out.flush();
        RunSummary summary;
        HarnessRun run = HarnessRun.open(config, new HarnessSession.Options(raiseTickets, maxWait, ips), earlier, out);
        HarnessSession session = run.session();
        try {
            if (!earlier.isEmpty()) {
                out.println("  continues " + earlier.runId() + ": " + plan.scenarios() + " of its " + earlier.pending()
                        + " pending scenarios, adopting what they made");
            }
            if (!shard.isWhole()) {
                out.println("  shard     " + shard + ": " + plan.scenarios() + " of the " + selectedInAll
                        + " selected scenarios; pack the parts' bundles with 'golive evidence pack'");
            }
            if (chaos != null) {
                var control = session.simulator().orElseThrow().server().control();
                control.onInjectedFault(fault -> {
                    if (faultLog != null) {
                        faultLog.append(fault);
                    }
                    synchronized (out) {
                        out.println("  " + fault.consoleLine());
                        out.flush();
                    }
                });
                chaos = chaos.withHold(config.readTimeout().plusSeconds(1)); // just past this client's timeout
                control.chaos(chaos);
                out.println("  chaos     seed " + chaos.seed() + ", rate " + chaos.rate() + ", slow answers held "
                        + DurationOption.text(chaos.hold())
                        + (faultLog != null ? "; fault log " + faultLog.path() : ""));
            }
            out.flush();
            session.evidence().writeFile(EvidenceFiles.SELECTION,
                    SelectionRecord.json(selection, FeatureRunner.inventory().scenarioList(),
                            !config.target().isSimulator(), shard, inShard));
            java.time.Instant featuresStarted = java.time.Instant.now().minusSeconds(1);
            summary = FeatureRunner.run(session, plan, out);
            run.phaseDone("scenarios");
            reportLine(out, "junit", junit, featuresStarted);
            reportLine(out, "cucumber", cucumberJson, featuresStarted);
            run.allureReport(noReport);
        } finally {
            if (chaos != null) {
                var control = session.simulator().orElseThrow().server().control();
                control.chaos(null);
                out.println("  chaos     " + control.injectedFaults().size() + " faults injected, "
                        + control.transfersApplied() + " transfers applied, " + control.duplicateTransfers()
                        + " duplicate transfers");
                out.flush();
                writeChaosRecord(session, control, out);
            }
            run.close();
        }
        VerificationReport evidenceCheck = run.verify();
        out.printf("%n%d scenarios: %d passed, %d failed, %s%d skipped%n", summary.total(), summary.passed(),
                summary.failed(), summary.pending() == 0 ? "" : summary.pending() + " pending on the target, ",
                summary.skipped());
        summary.failures().forEach(f -> out.println("  FAILED " + f.oneLine(CLOSING_LINE_WIDTH)));
        if (summary.pending() > 0) {
            out.println("  PENDING " + summary.pending() + " scenario" + (summary.pending() == 1 ? "" : "s")
                    + " still waiting on the target: the run's wait budget (--max-wait " + DurationOption.text(maxWait)
                    + ") could not cover their next poll; not passed, see the WAIT lines");
        }
        List<String> findings = ReconciliationFindings.read(session.evidence().dir());
        if (!findings.isEmpty()) {
            out.println("  RECONCILIATION " + findings.size() + " finding" + (findings.size() == 1 ? "" : "s")
                    + " flagged for review (reconciliation.md); the run does not pass with them:");
            findings.forEach(f -> out.println("    " + f));
        }
        out.println("Evidence: " + session.evidence().dir());
        out.println("  " + evidenceCheck.verdictLine());
        out.println("  " + run.timing());
        out.flush();
        var stopped = session.gate().reason();
        boolean evidenceFailed = stopped.filter(s -> s.category() == HarnessException.Category.EVIDENCE).isPresent();
        if (evidenceCheck.verdict() != Verdict.VERIFIED && !evidenceFailed) {
            evidenceCheck.lines().forEach(l -> spec.commandLine().getErr().println("  " + l));
            spec.commandLine().getErr().println("golive: error: the evidence bundle did not verify ("
                    + evidenceCheck.verdict() + "); it must not be handed to an auditor as it is");
            return ExitCode.EVIDENCE.code();
        }
        if (stopped.isPresent()) {
            spec.commandLine().getErr().println("golive: error: the run was stopped: " + stopped.get().getMessage());
            return ExitCode.of(stopped.get().category()).code();
        }
        if (summary.failed() > 0 || !findings.isEmpty()) {
            return ExitCode.FAILURES.code();
        }
        if (summary.pending() > 0) {
            return ExitCode.PENDING.code();
        }
        return ExitCode.PASS.code();
    }

    /** Names a CI report the run was asked for: where it is, or that it could not be written (see the log). */
    private static void reportLine(PrintWriter out, String label, Path file, java.time.Instant since) {
        if (file != null) {
            out.printf("  %-9s %s%n", label, writtenSince(file, since) ? file
                    : "not written (see log.jsonl in the bundle): " + file);
        }
    }

    private static boolean writtenSince(Path file, java.time.Instant since) {
        try {
            return java.nio.file.Files.getLastModifiedTime(file).toInstant().isAfter(since);
        } catch (java.io.IOException missing) {
            return false;
        }
    }

    /** Writes {@value EvidenceFiles#CHAOS} into the bundle; a bundle that can no longer take files says so. */
    private void writeChaosRecord(HarnessSession session, com.axys.golive.simulator.SimulatorControl control,
                                  PrintWriter out) {
        String json = chaos.record(control.injectedFaults(), control.transfersApplied(),
                control.duplicateTransfers());
        try {
            session.evidence().writeFile(EvidenceFiles.CHAOS, json.getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            out.println("  chaos     the fault record could not be written into the bundle: " + e.getMessage());
        }
        out.flush();
    }
}
