package com.axys.golive.cli;

import com.axys.golive.HarnessException;
import com.axys.golive.HarnessException.Category;
import com.axys.golive.config.ConfigLoader;
import com.axys.golive.config.Credentials;
import com.axys.golive.config.HarnessConfig;
import com.axys.golive.config.Target;
import com.axys.golive.gonogo.SavedPreflight;
import com.axys.golive.preflight.ClientMaterial;
import com.axys.golive.preflight.PreflightChecks;
import com.axys.golive.preflight.PreflightJson;
import com.axys.golive.preflight.PreflightOptions;
import com.axys.golive.report.CoverageAmendment;
import com.axys.golive.run.Continuation;
import com.axys.golive.verification.PreflightRecord;
import com.axys.golive.preflight.PreflightReport;
import com.axys.golive.preflight.PreflightRunner;
import com.axys.golive.preflight.PreflightTable;
import com.axys.golive.run.HarnessSession;
import com.axys.golive.secrets.SecretResolver;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.xbill.DNS.Address;
import org.xbill.DNS.Resolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "preflight", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Runs the Phase 2 checks that can be automated: the client certificate, its validity, key"
                + " match, key type and subject; FCrDNS of its domains and your calling IPs; and the authenticated"
                + " call GET /cardholders. Prints one row per check with the fix for each WARN and FAIL.", ""},
        footer = {"", "Examples:",
                "  golive preflight                   # the simulator, its throwaway certificate",
                "  AXYS_API_KEY=... golive preflight --target production \\",
                "      --cert file:program.crt --key file:program.key \\",
                "      --calling-ip 203.0.113.7 --calling-ip 203.0.113.8",
                "  golive preflight --target staging --p12 file:program.p12 \\",
                "      --p12-password env:P12_PASS --skip-auth-test --json",
                "  golive preflight --target production ... --save preflight/   # for golive go-no-go",
                "",
                "Exit codes: 0 every check PASS, WARN or SKIP; 2 usage or config error;",
                "3 a check failed (certificate, key, DNS or the authenticated call)."})
final class PreflightCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-t", "--target"}, paramLabel = "TARGET", description = TargetOptions.TARGET_DESCRIPTION)
    String targetName;

    @Mixin
    TargetOptions target = new TargetOptions();

    @Option(names = "--calling-ip", paramLabel = "IP", split = ",",
            description = "A public IPv4 address Axys sees your calls from (NAT gateway EIP); repeatable. Without it"
                    + " FCrDNS uses the certificate domains' A records and can only check their consistency.")
    List<String> callingIps = new ArrayList<>();

    @Option(names = "--warn-days", paramLabel = "N", defaultValue = "" + PreflightOptions.DEFAULT_WARN_DAYS,
            description = "Warn when the certificate has fewer days left than this (default ${DEFAULT-VALUE}).")
    int warnDays;

    @Option(names = "--skip-auth-test", description = "Leave out the authenticated call (GET /cardholders).")
    boolean skipAuthTest;

    @Option(names = "--json", description = "Print the results as JSON (for CI) instead of the table.")
    boolean json;

    @Option(names = "--save", paramLabel = "DIR", description = "Also save the results for 'golive go-no-go':"
            + " DIR/preflight.json (the --json output: no key, passphrase or API key) and DIR/preflight.json.sha256"
            + " (sha256sum format).")
    Path save;

    @Option(names = "--into", paramLabel = "RUN",
            description = "Also put the results into run RUN's bundle (its id under the evidence root, or its folder):"
                    + " preflight.json, and its coverage decides again the Phase 2 items the checks cover (FAIL fails"
                    + " an item, all PASS pass it, WARN leaves it incomplete), hashed into a new manifest version. RUN"
                    + " must be a run of the same target and verify. The preflight's own bundle (when the auth test"
                    + " or the simulator opened one) gets them too.")
    String into;

    @Option(names = {"-e", "--evidence"}, paramLabel = "DIR",
            description = "Evidence root folder (default ./evidence): the auth test's call is recorded in"
                    + " DIR/<run-id>/.")
    Path evidence;

    private final Map<String, String> environment;
    private final Path workingDir;
    private final Clock clock;
    private final Supplier<Resolver> dns;
    private final Duration dnsTimeout;

    PreflightCommand() {
        this(System.getenv(), Path.of("").toAbsolutePath(), Clock.systemUTC(), null, Duration.ofSeconds(5));
    }

    /** For tests: another environment, working folder, clock, and DNS (null: this machine's resolvers). */
    PreflightCommand(Map<String, String> environment, Path workingDir, Clock clock, Supplier<Resolver> dns,
                     Duration dnsTimeout) {
        this.environment = Map.copyOf(environment);
        this.workingDir = Objects.requireNonNull(workingDir, "workingDir");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.dnsTimeout = Objects.requireNonNull(dnsTimeout, "dnsTimeout");
        this.dns = dns != null ? dns : () -> PreflightChecks.systemResolver(dnsTimeout);
    }

    @Override
    public Integer call() {
        validateFlags();
        HarnessConfig config = new ConfigLoader(environment, workingDir)
                .load(target.overrides(targetName, evidence, null));
        if (!config.target().isSimulator()) {
            requireCredentials(config.target(), config.credentials());
        }
        Path intoRun = into == null ? null : Continuation.bundle("--into", into, config.evidenceRoot());
        SecretResolver secrets = SecretResolver.withEnvironment(environment);
        PrintWriter out = spec.commandLine().getOut();
        try (LazySession session = new LazySession(config, clock, secrets)) {
            Target where = config.target();
            ClientMaterial material;
            if (where.isSimulator()) {
                HarnessSession simulator = session.get();
                where = simulator.target();
                var pki = simulator.simulator().orElseThrow().pki();
                material = ClientMaterial.of(simulator.simulator().orElseThrow().clientIdentity(),
                        "throwaway:" + pki.client().certPem().getFileName(),
                        "throwaway:" + pki.client().keyPem().getFileName());
            } else {
                material = ClientMaterial.load(config.credentials(), secrets, clock);
            }
            if (!json) {
                header(out, where);
            }
            PreflightOptions options = new PreflightOptions(where, callingIps, warnDays, skipAuthTest, dnsTimeout,
                    clock);
            PreflightReport report = PreflightRunner.run(where.toString(), PreflightChecks.standard(options,
                    material, dns, () -> session.get().asProductionSafe("preflight: auth test",
                            () -> session.get().client().cardholders().list(Map.of()))));
            String document = PreflightJson.write(report);
            session.ifOpen(own -> own.evidence().writeFile(CoverageAmendment.PREFLIGHT_FILE,
                    (document + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            if (json) {
                out.println(document);
            } else {
                PreflightTable.print(report, out);
                session.evidenceDir().ifPresent(dir -> out.println("Evidence: " + dir));
            }
            out.flush();
            if (save != null) {
                Path saved = SavedPreflight.save(save, document);
                if (!json) {
                    out.println("Saved: " + saved + " and " + SavedPreflight.SHA_FILE + ", for golive go-no-go"
                            + " --preflight " + save);
                }
            }
            if (into != null) {
                Path run = intoRun;
                PreflightRecord.into(run, document, where.name(), String.valueOf(where.baseUrl()));
                if (!json) {
                    out.println("Added to " + run + ": preflight.json, and its coverage of the Phase 2 items the"
                            + " checks cover (new manifest version; 'golive evidence verify " + run + "' checks it)");
                }
            }
            out.flush();
            return report.passed() ? ExitCode.PASS.code() : ExitCode.CONNECTIVITY.code();
        }
    }

    private void header(PrintWriter out, Target where) {
        out.println("golive preflight: target " + where + (where.isSimulator()
                ? ", the embedded simulator and its throwaway client certificate" : ""));
        if (!where.isSimulator()) {
            out.println("  calling IPs  " + (callingIps.isEmpty()
                    ? "unknown (give --calling-ip to check the IPs Axys will see)" : String.join(", ", callingIps)));
        }
        out.println();
    }

    private void validateFlags() {
        if (warnDays < 0) {
            throw new HarnessException(Category.USAGE, "--warn-days must be 0 or more, got " + warnDays);
        }
        for (String ip : callingIps) {
            if (!Address.isDottedQuad(ip.strip())) {
                throw new HarnessException(Category.USAGE, "--calling-ip '" + ip + "' is not an IPv4 address; give"
                        + " the public IPv4 address Axys sees your calls from (e.g. the NAT gateway's EIP), one per"
                        + " flag (Axys's FCrDNS checks A records)");
            }
        }
        callingIps = callingIps.stream().map(String::strip).distinct().toList();
    }

    /** Nothing can be checked without the certificate, and the auth test needs the API key: a usage error. */
    private void requireCredentials(Target where, Credentials refs) {
        if (refs.usesPkcs12() && refs.p12Password() == null) {
            throw missing(where, "the PKCS#12 password", "--p12-password env:NAME or AXYS_CLIENT_P12_PASSWORD");
        }
        if (!refs.usesPkcs12() && (refs.clientCert() == null || refs.clientKey() == null)) {
            throw missing(where, "a client certificate and its key", "--cert file:/path/program.crt and --key"
                    + " file:/path/program.key (or AXYS_CLIENT_CERT and AXYS_CLIENT_KEY), or --p12");
        }
        if (!skipAuthTest && refs.apiKey() == null) {
            throw missing(where, "an API key for the auth test", "AXYS_API_KEY (the value) or --api-key"
                    + " env:NAME|file:|exec:, or pass --skip-auth-test");
        }
    }

    private static HarnessException missing(Target where, String what, String how) {
        return new HarnessException(Category.USAGE, "preflight against " + where.name() + " needs " + what
                + " and none was given; set " + how);
    }

    /** The harness session, opened on first use (the auth test, or the simulator's start) and closed once. */
    private static final class LazySession implements AutoCloseable {

        private final HarnessConfig config;
        private final Clock clock;
        private final SecretResolver secrets;
        private HarnessSession session;

        LazySession(HarnessConfig config, Clock clock, SecretResolver secrets) {
            this.config = config;
            this.clock = clock;
            this.secrets = secrets;
        }

        HarnessSession get() {
            if (session == null) {
                session = HarnessSession.open(config, clock, secrets);
            }
            return session;
        }

        void ifOpen(java.util.function.Consumer<HarnessSession> action) {
            if (session != null) {
                action.accept(session);
            }
        }

        Optional<Path> evidenceDir() {
            return session == null ? Optional.empty() : Optional.of(session.evidence().dir());
        }

        @Override
        public void close() {
            if (session != null) {
                session.close();
            }
        }
    }
}
