package com.axys.golive.cli;

import com.axys.golive.config.ConfigLoader;
import com.axys.golive.config.HarnessConfig;
import com.axys.golive.config.Target;
import com.axys.golive.proxy.FaultPlan;
import com.axys.golive.proxy.ProxySession;
import com.axys.golive.proxy.ProxySettings;
import com.axys.golive.run.EmbeddedSimulator;
import com.axys.golive.run.ResolvedCredentials;
import com.axys.golive.run.ScratchFolder;
import com.axys.golive.secrets.SecretResolver;
import com.axys.golive.simulator.ProgramProfile;
import com.axys.golive.verification.BundleVerifier;
import com.axys.golive.verification.KnownSecrets;
import com.axys.golive.verification.ServerTrust;
import com.axys.golive.verification.Verdict;
import com.axys.golive.verification.VerificationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "proxy", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Records your own integration: listens on 127.0.0.1, forwards each request of your backend to"
                + " the target over your mTLS (adding X-API-Key when the backend sends none), and records every"
                + " exchange into one evidence bundle per session, as a run does (contract result, redaction,"
                + " transitions, errors). Optionally injects seeded faults. Runs until Ctrl-C; the bundle is then"
                + " finished and verified.", ""},
        footer = {"", "Examples:",
                "  golive proxy                                  # in front of the embedded simulator",
                "  golive proxy --target staging --cert file:program.crt --key file:program.key \\",
                "               --api-key env:AXYS_API_KEY --client-name billing-backend",
                "  golive proxy --inject 429:5%,503:2%,timeout:1%,reset-after-send:1% --seed 7 --hold 12s",
                "  golive proxy --plain-http --port 8080         # http://127.0.0.1:8080/v2, loopback only",
                "  golive proxy --target production --allow-production ...   # forwards GET and HEAD only",
                "",
                "Then point the backend's Axys base URL at the printed one and trust the printed CA",
                "certificate. Verify the bundle later with: golive evidence verify DIR",
                "",
                "Exit codes before it listens: 2 usage/config error (plain HTTP off loopback, production",
                "            without --allow-production, a bad --inject), 3 TLS/credential error.",
                "Stopped with Ctrl-C or SIGTERM the status is the signal's (130, 143): the closing",
                "VERIFIED / INCOMPLETE / CORRUPT line says what became of the bundle."})
final class ProxyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-t", "--target"}, paramLabel = "TARGET", description = TargetOptions.TARGET_DESCRIPTION)
    String targetName;

    @Mixin
    TargetOptions target = new TargetOptions();

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = ProxySettings.DEFAULT_BIND,
            description = "Address to listen on (default ${DEFAULT-VALUE}). Off loopback, callers must present the"
                    + " local CA's client certificate (printed); --plain-http is refused there.")
    String bind;

    @Option(names = {"-p", "--port"}, paramLabel = "N", defaultValue = "0",
            description = "Port to listen on (default: any free port).")
    int port;

    @Option(names = "--plain-http", description = "Listen with plain HTTP instead of HTTPS: on 127.0.0.1 only.")
    boolean plainHttp;

    @Option(names = "--pki-dir", paramLabel = "DIR", defaultValue = ".golive/proxy-pki",
            description = "Where the listener's local CA and server certificate are written (owner-only;"
                    + " regenerated at every start). Default: ${DEFAULT-VALUE}.")
    Path pkiDir;

    @Option(names = "--client-name", paramLabel = "LABEL", defaultValue = "backend",
            description = "The calling backend's name in the evidence (with its address), e.g. billing-backend.")
    String clientName;

    @Option(names = "--allow-production", description = "Allow production as the target; only reads (GET, HEAD)"
            + " are then forwarded, every other request is answered 403 by the proxy and recorded as refused.")
    boolean allowProduction;

    @Option(names = "--inject", paramLabel = "FAULTS",
            description = "Seeded faults, e.g. 429:5%,503:2%,timeout:1%,reset-after-send:1%. 429 (with Retry-After)"
                    + " and 503 are answered by the proxy without forwarding; timeout holds the answer for --hold"
                    + " and closes the connection without forwarding; reset-after-send forwards, then closes the"
                    + " backend's connection without the answer. Each is recorded as injected (faults.jsonl).")
    String inject;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of --inject (default ${DEFAULT-VALUE}): the same seed and request order inject the"
                    + " same faults.")
    long seed;

    @Option(names = "--hold", paramLabel = "DURATION", converter = DurationOption.class,
            description = "How long a timeout fault holds the backend (default 31s: past a 30 s client timeout).")
    Duration hold = ProxySettings.DEFAULT_HOLD;

    @Option(names = {"-e", "--evidence"}, paramLabel = "DIR",
            description = "Evidence root folder (default ./evidence); the session writes DIR/<run-id>/.")
    Path evidence;

    /** The embedded simulator's KYC review here: real time, as {@code golive simulator}'s default. */
    static final Duration SIMULATOR_REVIEW_DELAY = Duration.ofSeconds(5);

    /** Lets tests stop the command; in normal use the JVM ends on Ctrl-C or SIGTERM. */
    final CountDownLatch stop = new CountDownLatch(1);
    private Integer outcome;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        FaultPlan faults = FaultPlan.parse(inject, seed);
        HarnessConfig config = ConfigLoader.system().load(target.overrides(targetName, evidence, null));
        ProxySettings settings = new ProxySettings(bind, port, plainHttp, pkiDir, clientName, allowProduction,
                faults, hold, config.connectTimeout(), config.readTimeout(), config.evidenceRoot());
        settings.admit(config.target()); // before any secret is read or anything is started
        Clock clock = Clock.systemUTC();
        ScratchFolder scratch = config.target().isSimulator() ? ScratchFolder.create() : null;
        EmbeddedSimulator simulator = null;
        ProxySession session;
        ResolvedCredentials credentials;
        try {
            Target resolved = config.target();
            if (scratch != null) {
                // Nothing advances the simulator's clock for a backend: it runs on real time, as 'golive simulator'.
                simulator = EmbeddedSimulator.start(scratch.newFolder("simulator-pki"), 0, ProgramProfile.defaults()
                        .withReviewDelay(SIMULATOR_REVIEW_DELAY), clock);
                resolved = resolved.at(simulator.baseUrl());
                credentials = new ResolvedCredentials(simulator.clientIdentity(), List.of(simulator.pki().caCert()),
                        simulator.apiKey());
            } else {
                credentials = ResolvedCredentials.load(resolved, config.credentials(), SecretResolver.system(),
                        clock);
            }
            EmbeddedSimulator started = simulator;
            session = ProxySession.open(settings, resolved, credentials, clock, () -> cleanUp(started, scratch),
                    line -> {
                        synchronized (out) {
                            out.println("  " + line);
                            out.flush();
                        }
                    });
        } catch (RuntimeException e) {
            cleanUp(simulator, scratch);
            throw e;
        }
        printStart(out, session, settings);
        ProxySession open = session;
        List<java.security.cert.X509Certificate> anchors = credentials.trustAnchors();
        Thread hook = new Thread(() -> finish(open, anchors, out), "golive-proxy-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        stop.await();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: finish() below returns its outcome
        }
        return finish(session, anchors, out);
    }

    /** Closes the session (the manifest is written), verifies the bundle and says so; once, whoever calls first. */
    private synchronized int finish(ProxySession session, List<java.security.cert.X509Certificate> anchors,
                                    PrintWriter out) {
        if (outcome != null) {
            return outcome;
        }
        session.close();
        VerificationReport check = new BundleVerifier(ServerTrust.jdkAnd(anchors)).verify(session.dir(),
                KnownSecrets.of(session.policy().sensitiveValues()));
        out.println("golive proxy stopped. Evidence: " + session.dir());
        out.println("  " + check.verdictLine());
        if (check.verdict() != Verdict.VERIFIED) {
            check.lines().forEach(l -> out.println("  " + l));
        }
        out.flush();
        outcome = check.verdict() == Verdict.VERIFIED ? ExitCode.PASS.code() : ExitCode.EVIDENCE.code();
        return outcome;
    }

    private static void printStart(PrintWriter out, ProxySession session, ProxySettings settings) {
        out.println("golive proxy: listening on " + session.baseUrl() + " -> target " + session.target().name() + " "
                + session.target().baseUrl());
        out.println("  client    " + session.certificate().subject() + " (expires " + session.certificate().notAfter()
                + ", " + session.certificate().daysLeft() + " days left)");
        session.listenerPki().ifPresent(pki -> {
            out.println("  CA cert   " + pki.caCertPath() + " (the listener's local CA; trust it in the backend)");
            if (settings.exposed()) {
                out.println("  callers   " + pki.client().certPem() + " and " + pki.client().keyPem()
                        + " (off loopback the backend must present this client certificate)");
            }
        });
        out.println("  evidence  " + session.dir());
        out.println("  label     " + settings.clientName() + " (recorded with the address of each caller)");
        out.println("  faults    " + settings.faults().describe()
                + (settings.faults().isEmpty() ? "" : "; timeouts held " + DurationOption.text(settings.hold())));
        if (session.target().isProduction()) {
            out.println("  production: reads only (GET, HEAD); every other request is refused with 403");
        }
        out.println("Point your backend's Axys base URL at " + session.baseUrl() + "; the proxy adds X-API-Key when"
                + " the backend sends none.");
        out.println("Press Ctrl-C to stop: the bundle is then finished and verified.");
        out.flush();
    }

    private static void cleanUp(EmbeddedSimulator simulator, ScratchFolder scratch) {
        try {
            if (simulator != null) {
                simulator.close();
            }
        } finally {
            if (scratch != null) {
                scratch.close();
            }
        }
    }
}
