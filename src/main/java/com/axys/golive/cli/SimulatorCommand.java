package com.axys.golive.cli;

import com.axys.golive.run.EmbeddedSimulator;
import com.axys.golive.simulator.ControlServer;
import com.axys.golive.simulator.ProgramProfile;
import com.axys.golive.simulator.wiremock.ChaosPlan;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "simulator", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Starts the embedded Axys simulator on its own (HTTPS on 127.0.0.1, client certificate"
                + " required) and prints how to call it. Runs until Ctrl-C.", ""},
        footer = {"", "Example:", "  golive simulator --port 8443",
                "  then use the printed curl line, or point your own integration at the printed base URL."})
final class SimulatorCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-p", "--port"}, paramLabel = "N", defaultValue = "0",
            description = "Port on 127.0.0.1 (default: any free port).")
    int port;

    @Option(names = "--pki-dir", paramLabel = "DIR", defaultValue = ".golive/simulator-pki",
            description = "Where the throwaway CA, server and client certificates are written (owner-only;"
                    + " regenerated at every start). Default: ${DEFAULT-VALUE}.")
    Path pkiDir;

    @Option(names = "--review-delay", paramLabel = "SECONDS", defaultValue = "5",
            description = "Seconds of real time a KYC review takes here after its outcome is set (default"
                    + " ${DEFAULT-VALUE} s). This standalone simulator runs on the real clock; the simulator that"
                    + " 'golive run' embeds runs on a virtual clock instead, with a 90 s review (virtual, so no"
                    + " real wait).")
    long reviewDelaySeconds;

    @Option(names = "--clearing-delay", paramLabel = "DURATION", converter = DurationOption.class,
            description = "Real time a bank-deposit trace takes from ledgerBalance to availableBalance (and a wallet"
                    + " deposit to walletAvailableBalance, which wallet transfers draw on), e.g. 10s, 2m, PT1H"
                    + " (default 5 days, as Axys documents about 5 banking days). Shorten it to let wallet transfers"
                    + " succeed in a rehearsal.")
    Duration clearingDelay = ProgramProfile.DEFAULT_CLEARING_DELAY;

    @Option(names = "--rate-limit", paramLabel = "N", defaultValue = "0",
            description = "Answer 429 with Retry-After beyond N requests a second, as a gateway would (default 0:"
                    + " no limit; Axys publishes no numbers, so N is your assumption). Lets 'golive run"
                    + " --provoke-rate-limit' prove the 429 handling against a real-time target.")
    int rateLimit;

    @Option(names = "--chaos", paramLabel = "SEED[:RATE]", converter = ChaosOption.class,
            description = ChaosOption.DESCRIPTION + " Each fault is printed as one line and logged as JSON lines to"
                    + " --chaos-log.")
    ChaosPlan chaos;

    @Option(names = "--chaos-hold", paramLabel = "DURATION", converter = DurationOption.class,
            description = "With --chaos, how long a slow answer is held before it is sent (the change is applied"
                    + " first): longer than the read timeout of the client under test (default 31s, past golive's"
                    + " default 30 s; e.g. 6s for a client with a 5 s timeout).")
    Duration chaosHold = ChaosPlan.DEFAULT_HOLD;

    @Option(names = "--chaos-log", paramLabel = "FILE",
            description = "Where --chaos writes its fault log, one JSON line per fault (seq, method, path, fault,"
                    + " status, time). Default: chaos-faults.jsonl in --pki-dir.")
    Path chaosLog;

    @Option(names = "--staging-like",
            description = "Behave like the Axys staging emulation engine for a first-staging-run rehearsal: real time"
                    + " (as always here), and about 5% of the KYC validations end the review in Admin Decline (7) or"
                    + " Error (6) whatever was asked, reproducibly (seed 1, or --staging-seed). No gateway faults:"
                    + " add them with a separate --chaos run.")
    boolean stagingLike;

    @Option(names = "--staging-seed", paramLabel = "SEED", defaultValue = "1",
            description = "With --staging-like, the seed of the engine's spontaneous outcomes (default ${DEFAULT-VALUE}).")
    long stagingSeed;

    @Option(names = "--control-port", paramLabel = "N", defaultValue = "0",
            description = "Port on 127.0.0.1 of the control surface over HTTP (force KYC outcomes, inject faults and"
                    + " chaos, choose the 403 cause, expire OTPs, advance the clock, reset), for a Program's own tests"
                    + " in any language; every request carries the X-Control-Token printed at start. Default: any"
                    + " free port; -1: no control surface.")
    int controlPort;

    /** Lets tests stop the command; in normal use the JVM ends on Ctrl-C. */
    final CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (rateLimit < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--rate-limit must be 0 (none) or"
                    + " a positive number of requests a second, got " + rateLimit);
        }
        if (reviewDelaySeconds < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--review-delay must be 0 or a"
                    + " positive number of seconds, got " + reviewDelaySeconds);
        }
        ProgramProfile program = ProgramProfile.defaults().withReviewDelay(Duration.ofSeconds(reviewDelaySeconds))
                .withClearingDelay(clearingDelay);
        if (stagingLike && chaos != null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--staging-like already plays the"
                    + " emulation engine's spontaneous outcomes; give --staging-like or --chaos, not both");
        }
        if (stagingLike) {
            chaos = ChaosPlan.stagingLike(stagingSeed);
        }
        if (controlPort < -1 || controlPort > 65_535) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--control-port must be a port"
                    + " (1-65535), 0 for any free port or -1 for none, got " + controlPort);
        }
        try (EmbeddedSimulator sim = EmbeddedSimulator.start(pkiDir.toAbsolutePath(), port, program,
                Clock.systemUTC());
             ControlServer controls = controlPort < 0 ? null : ControlServer.start(controlPort,
                     sim.server().control(), sim.clock(), sim.dns())) {
            var pki = sim.pki();
            sim.server().control().limitRate(rateLimit);
            FaultLogFile faultLog = null;
            if (chaos != null) {
                faultLog = FaultLogFile.open(chaosLog != null ? chaosLog : pkiDir.resolve("chaos-faults.jsonl"));
                FaultLogFile file = faultLog;
                sim.server().control().onInjectedFault(fault -> {
                    file.append(fault);
                    synchronized (out) {
                        out.println(fault.consoleLine());
                        out.flush();
                    }
                });
                chaos = chaos.withHold(chaosHold);
                sim.server().control().chaos(chaos);
            }
            out.println("Axys simulator running (throwaway credentials, valid for this process only)");
            out.println("  base URL     " + sim.baseUrl());
            out.println("  review delay " + DurationOption.text(program.reviewDelay()) + " (real time)");
            out.println("  clearing     " + DurationOption.text(program.clearingDelay()) + " (real time)");
            if (rateLimit > 0) {
                out.println("  rate limit   " + rateLimit + " requests a second, then 429 with Retry-After");
            }
            if (faultLog != null) {
                out.println(chaos.reviewOutcomesOnly()
                        ? "  staging-like seed " + chaos.seed() + ": about " + Math.round(chaos.rate() * 100) + "% of KYC"
                        + " validations end in 7 or 6 on their own; fault log " + faultLog.path()
                        : "  chaos        seed " + chaos.seed() + ", rate " + chaos.rate() + ", slow answers held "
                        + DurationOption.text(chaos.hold()) + "; fault log " + faultLog.path());
            }
            out.println("  CA cert      " + pki.caCertPath());
            out.println("  client cert  " + pki.client().certPem());
            out.println("  client key   " + pki.client().keyPem());
            out.println("  client p12   " + pki.client().pkcs12() + " (password: not printed; use the PEM pair)");
            out.println("  API key      " + sim.apiKey().asString());
            out.println();
            out.println("Try it:");
            out.println("  curl --cacert " + pki.caCertPath() + " --cert " + pki.client().certPem() + " --key "
                    + pki.client().keyPem() + " -H 'X-API-Key: " + sim.apiKey().asString() + "' "
                    + sim.baseUrl() + "/cardholders");
            if (controls != null) {
                out.println("Control surface (not the Axys API; GET it for the list of controls):");
                out.println("  curl -H '" + ControlServer.TOKEN_HEADER + ": " + controls.token() + "' "
                        + controls.baseUrl());
                out.println("  curl -H '" + ControlServer.TOKEN_HEADER + ": " + controls.token() + "' -d"
                        + " '{\"operationId\":\"listCardholders\",\"count\":1,\"status\":503}' "
                        + controls.baseUrl() + "/fail-next");
            }
            out.println("Press Ctrl-C to stop.");
            out.flush();
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "golive-simulator-stop"));
            stop.await();
        }
        return ExitCode.PASS.code();
    }
}
