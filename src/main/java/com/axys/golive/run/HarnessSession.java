package com.axys.golive.run;

import com.axys.golive.allure.AllureReport;
import com.axys.golive.allure.AllureRun;
import com.axys.golive.capture.CaptureFilter;
import com.axys.golive.client.AxysClient;
import com.axys.golive.client.CallGate;
import com.axys.golive.client.ProductionCertificateCheck;
import com.axys.golive.client.ServerIdentityRecorder;
import com.axys.golive.client.ProductionRequestGuard;
import com.axys.golive.client.RefusedApiKeyStop;
import com.axys.golive.client.UnreachableTargetStop;
import com.axys.golive.client.Progress;
import com.axys.golive.client.Retries;
import com.axys.golive.client.RetryPolicy;
import com.axys.golive.client.Sleeper;
import com.axys.golive.client.StatusPoller;
import com.axys.golive.config.Capability;
import com.axys.golive.config.HarnessConfig;
import com.axys.golive.config.Target;
import com.axys.golive.contract.ContractValidator;
import com.axys.golive.evidence.ErrorRecorder;
import com.axys.golive.evidence.EvidenceFiles;
import com.axys.golive.evidence.EvidenceRun;
import com.axys.golive.evidence.RunId;
import com.axys.golive.evidence.RunMetadata;
import com.axys.golive.ledger.StateLedger;
import com.axys.golive.preflight.IpRefusalDiagnostician;
import com.axys.golive.preflight.PreflightChecks;
import com.axys.golive.reconciliation.ReconciliationWriter;
import com.axys.golive.redaction.RedactionPolicy;
import com.axys.golive.report.CertificateFacts;
import com.axys.golive.report.ReportWriter;
import com.axys.golive.report.RunFacts;
import com.axys.golive.redaction.SensitiveValues;
import com.axys.golive.secrets.SecretResolver;
import com.axys.golive.simulator.ProgramProfile;
import com.axys.golive.tls.CertificateSummary;
import com.axys.golive.tls.SslContexts;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.SimpleResolver;

/**
 * Everything one run holds open: the target (the embedded simulator is started here when it is the target), the
 * configured client, the evidence bundle, the redaction policy and the poller. Opening it fails fast, with a clear
 * message and no half-open state, on bad credentials or an unwritable evidence folder. Closing it finishes the
 * bundle's manifest, stops the simulator and deletes the run's temporary key material ({@link ScratchFolder}).
 */
public final class HarnessSession implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(HarnessSession.class);

    private final HarnessConfig config;
    private final Target target;
    private final EmbeddedSimulator simulator;
    private final EvidenceRun evidence;
    private final RedactionPolicy policy;
    private final AxysClient client;
    private final StatusPoller poller;
    private final ScenarioTracker tracker;
    private final CertificateSummary certificate;
    private final ResolvedCredentials credentials;
    private final ErrorRecorder errors;
    private final RunLog log;
    private final Retries retries;
    private final Progress progress;
    private final Clock clock;
    private final CallGate gate;
    private final ScratchFolder scratch;
    private final TargetWaits waits;
    private final IpRefusalDiagnostician ipRefusals;
    private final java.util.Map<Class<?>, Object> runScoped = new java.util.concurrent.ConcurrentHashMap<>();

    private HarnessSession(HarnessConfig config, Target target, EmbeddedSimulator simulator, EvidenceRun evidence,
                           RedactionPolicy policy, AxysClient client, StatusPoller poller, ScenarioTracker tracker,
                           CertificateSummary certificate, ResolvedCredentials credentials, ErrorRecorder errors,
                           RunLog log, Retries retries, Progress progress, Clock clock, CallGate gate,
                           ScratchFolder scratch, TargetWaits waits, IpRefusalDiagnostician ipRefusals) {
        this.config = config;
        this.target = target;
        this.simulator = simulator;
        this.evidence = evidence;
        this.policy = policy;
        this.client = client;
        this.poller = poller;
        this.tracker = tracker;
        this.certificate = certificate;
        this.credentials = credentials;
        this.errors = errors;
        this.log = log;
        this.retries = retries;
        this.progress = progress;
        this.clock = clock;
        this.gate = gate;
        this.scratch = scratch;
        this.waits = waits;
        this.ipRefusals = ipRefusals;
    }

    /**
     * How a run opens its session beyond its configuration.
     *
     * @param raiseTickets whether the scenarios that open a real support ticket run on a real target
     * @param maxWait      the real time all waits on a real target may take together ({@code --max-wait})
     * @param callingIps   the public IPv4 addresses Axys sees the calls from ({@code --calling-ip}), checked for
     *                     FCrDNS on a 403 "No Authorised IPs configured"; empty when unknown. The embedded simulator
     *                     sees every call from {@link #SIMULATOR_CALLING_IP} and ignores them.
     */
    public record Options(boolean raiseTickets, Duration maxWait, List<String> callingIps) {
        public static final Options DEFAULT = new Options(false);

        public Options {
            callingIps = List.copyOf(callingIps);
        }

        public Options(boolean raiseTickets) {
            this(raiseTickets, TargetWaits.DEFAULT_BUDGET);
        }

        public Options(boolean raiseTickets, Duration maxWait) {
            this(raiseTickets, maxWait, List.of());
        }
    }

    /** The embedded simulator sees every call from loopback; its DNS zone is served on loopback too. */
    public static final String SIMULATOR_CALLING_IP = "127.0.0.1";
    /** How long the one round of A and PTR questions of a 403 diagnosis may take, as preflight's default. */
    static final Duration DNS_TIMEOUT = Duration.ofSeconds(5);

    public static HarnessSession open(HarnessConfig config, Clock clock) {
        return open(config, clock, SecretResolver.system(), Options.DEFAULT);
    }

    public static HarnessSession open(HarnessConfig config, Clock clock, Options options) {
        return open(config, clock, SecretResolver.system(), options);
    }

    public static HarnessSession open(HarnessConfig config, Clock clock, SecretResolver secrets) {
        return open(config, clock, secrets, Options.DEFAULT);
    }

    public static HarnessSession open(HarnessConfig config, Clock clock, SecretResolver secrets, Options options) {
        ResolvedCredentials credentials = null;
        if (!config.target().isSimulator()) {
            credentials = ResolvedCredentials.load(config.target(), config.credentials(), secrets, clock);
        } else {
            IgnoredCredentials.requireFilesExist(config.credentials(), secrets);
        }
        ScratchFolder scratch = ScratchFolder.create();
        EmbeddedSimulator simulator = null;
        try {
            if (config.target().isSimulator()) {
                simulator = EmbeddedSimulator.start(scratch.newFolder("simulator-pki"), 0, programFor(config),
                        clock);
            }
            if (simulator != null) {
                credentials = new ResolvedCredentials(simulator.clientIdentity(),
                        List.of(simulator.pki().caCert()), simulator.apiKey());
            }
            Target target = simulator != null ? config.target().at(simulator.baseUrl()) : config.target();
            CertificateSummary certificate = CertificateSummary.of(credentials.identity().certificate(), clock);
            SSLContext ssl = SslContexts.client(credentials.identity(), credentials.trustAnchors());

            EvidenceRun evidence = EvidenceRun.open(config.evidenceRoot(), RunId.next(clock, target.name()), clock,
                    new RunMetadata(ToolVersion.get(), target.name(), target.baseUrl().toString(), certificate,
                            config.tags(), config.features().stream().map(Capability::tag).sorted()
                            .collect(Collectors.joining(","))));
            SensitiveValues sensitive = new SensitiveValues();
            sensitive.add("api-key", credentials.apiKey().asString());
            RedactionPolicy policy = new RedactionPolicy(sensitive);
            RunLog log = RunLog.attach(evidence.dir().resolve(EvidenceFiles.LOG), policy);
            AllureRun.begin(evidence.dir(), policy, java.util.Map.of(
                    "Target", target.name(), "Base.URL", target.baseUrl().toString(),
                    "Client.Certificate", certificate.subject(), "Certificate.SHA256", certificate.sha256Fingerprint(),
                    "Certificate.Expires", String.valueOf(certificate.notAfter()),
                    "Program.Features", config.features().stream().map(Capability::tag).sorted()
                            .collect(Collectors.joining(",")),
                    "Harness.Version", ToolVersion.get()));
            evidence.onCall(AllureRun::attachCall);
            LOG.info("run {} opened: target {} at {}, client certificate {} (SHA-256 {}, {} days left)",
                    evidence.runId(), target.name(), target.baseUrl(), certificate.subject(),
                    certificate.sha256Fingerprint(), certificate.daysLeft());
            ScenarioTracker tracker = new ScenarioTracker();
            IpRefusalDiagnostician ipRefusals = ipRefusals(credentials, simulator, options);
            ErrorRecorder errors = new ErrorRecorder(evidence, policy, ipRefusals::diagnose);
            CaptureFilter capture = new CaptureFilter(target.baseUrl(), ContractValidator.fromClasspath(), policy,
                    evidence, List.of(errors, new StateLedger(t -> {
                        evidence.recordTransition(t);
                        tracker.observed(t);
                    }), (exchange, scenario) -> noteFault(tracker, exchange)), tracker, evidence::nextSeq,
                    clock);
            Retries retries = new Retries(RetryPolicy.standard(), sleeper(simulator));
            CallGate gate = new CallGate();
            evidence.whenWriteFails(gate::close); // the evidence is critical: no call is made that it cannot record
            boolean production = target.isProduction();
            ProductionRequestGuard guard = new ProductionRequestGuard(production, options.raiseTickets(), tracker,
                    gate, errors::recordGuardRefusal);
            @SuppressWarnings("deprecation")
            ProductionCertificateCheck certificates = new ProductionCertificateCheck(
                    org.apache.http.conn.ssl.SSLSocketFactory.STRICT_HOSTNAME_VERIFIER, production, gate);
            AxysClient client = new AxysClient(target.baseUrl(), ssl, credentials.apiKey(), config.connectTimeout(),
                    config.readTimeout(), config.maxCallsPerSecond(), retries,
                    List.of(new RefusedApiKeyStop(credentials.apiKey(), gate, policy::redactText),
                            new UnreachableTargetStop(target.baseUrl(), gate)), capture, guard,
                    new ServerIdentityRecorder(certificates, evidence::recordConnection, clock));
            Progress progress = new Progress(policy::redactText);
            StatusPoller poller = poller(simulator, clock, StatusPoller.Schedule.standard(config.pollDeadline()))
                    .reportingTo(progress);
            return new HarnessSession(config, target, simulator, evidence, policy, client, poller, tracker,
                    certificate, credentials, errors, log, retries, progress, clock, gate, scratch,
                    simulator != null ? TargetWaits.virtual(clock) : TargetWaits.real(options.maxWait(), clock),
                    ipRefusals);
        } catch (RuntimeException e) {
            try {
                if (simulator != null) {
                    simulator.close();
                }
            } finally {
                scratch.close();
            }
            throw e;
        }
    }

    /**
     * How a 403 "No Authorised IPs configured" is diagnosed: the client certificate's names, the calling IPs and the
     * DNS to ask. Against a real target the IPs are {@code --calling-ip} and the DNS is this machine's name servers,
     * as {@code golive preflight} asks them; the embedded simulator sees every call from {@link #SIMULATOR_CALLING_IP}
     * and its calling host's zone is {@link EmbeddedSimulator#dns()} on 127.0.0.1. Nothing is asked until such a
     * refusal happens.
     */
    private static IpRefusalDiagnostician ipRefusals(ResolvedCredentials credentials, EmbeddedSimulator simulator,
                                                     Options options) {
        if (simulator == null) {
            return new IpRefusalDiagnostician(credentials.identity().certificate(), options.callingIps(),
                    () -> PreflightChecks.systemResolver(DNS_TIMEOUT), DNS_TIMEOUT);
        }
        Supplier<Resolver> zone = () -> {
            SimpleResolver local = new SimpleResolver(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                    simulator.dns().port()));
            local.setTimeout(DNS_TIMEOUT);
            return local;
        };
        return new IpRefusalDiagnostician(credentials.identity().certificate(), List.of(SIMULATOR_CALLING_IP), zone,
                DNS_TIMEOUT);
    }

    /**
     * The one {@code type} this run holds, made by {@code create} the first time it is asked for: what the scenarios
     * of one run share beyond the world of one scenario (the test-data count, the Phase 3 record). It lives and dies
     * with this session, so nothing of a run outlives it in a static registry.
     */
    public <T> T runScoped(Class<T> type, Supplier<? extends T> create) {
        return type.cast(runScoped.computeIfAbsent(type, k -> create.get()));
    }

    /** Makes {@code value} the run's {@code type}; refused if the run already holds one (it was asked for first). */
    public <T> void holdRunScoped(Class<T> type, T value) {
        if (runScoped.putIfAbsent(type, value) != null) {
            throw new IllegalStateException("run " + evidence.runId() + " already holds its " + type.getSimpleName());
        }
    }

    /** The run's 403 diagnosis, asked once and kept; the simulator's DNS steps make it forget. */
    public IpRefusalDiagnostician ipRefusals() {
        return ipRefusals;
    }

    /**
     * A poller on {@code schedule} that waits the way this run waits: against the embedded simulator it advances
     * the simulator's virtual clock, against a real target it sleeps.
     */
    public StatusPoller poller(StatusPoller.Schedule schedule) {
        return poller(simulator, clock, schedule).reportingTo(progress);
    }

    /** Where long waits report; the CLI points it at its output. */
    public Progress progress() {
        return progress;
    }

    private static StatusPoller poller(EmbeddedSimulator simulator, Clock clock, StatusPoller.Schedule schedule) {
        return new StatusPoller(schedule, sleeper(simulator), simulator != null ? simulator.clock() : clock);
    }

    /** How this run waits: the embedded simulator's virtual clock advances; a real target is waited for. */
    private static Sleeper sleeper(EmbeddedSimulator simulator) {
        return simulator != null ? simulator.clock()::advance : Sleeper.real();
    }

    /** The retries made so far (reads only, on 429 and 5xx). */
    public List<Retries.Decision> retries() {
        return retries.decisions();
    }

    private static ProgramProfile programFor(HarnessConfig config) {
        ProgramProfile defaults = ProgramProfile.defaults();
        return new ProgramProfile(defaults.currency(), defaults.transactionLimitCeiling(),
                config.has(Capability.THREE_DS), defaults.sumsubEnabled(), defaults.approvedDesignSlots(),
                defaults.reviewDelay());
    }

    public HarnessConfig config() { return config; }
    /** The target with its base URL resolved (the simulator's port is chosen at start). */
    public Target target() { return target; }
    public Optional<EmbeddedSimulator> simulator() { return Optional.ofNullable(simulator); }
    public EvidenceRun evidence() { return evidence; }
    public RedactionPolicy policy() { return policy; }
    public AxysClient client() { return client; }
    public StatusPoller poller() { return poller; }
    /** Every wait of the run on one budget: see {@link TargetWaits}. */
    public TargetWaits waits() { return waits; }
    public ScenarioTracker tracker() { return tracker; }
    public CertificateSummary certificate() { return certificate; }
    public Clock clock() { return clock; }
    /** The run-wide stop: closed when calling the target must end at once (its reason says why). */
    public CallGate gate() { return gate; }

    /**
     * Runs {@code call} outside any scenario as a {@code @production-safe} read of this session's own (the preflight
     * auth test), so that the production guard lets it through and the evidence files it under {@code name}.
     */
    public <T> T asProductionSafe(String name, java.util.function.Supplier<T> call) {
        tracker.start(com.axys.golive.capture.ScenarioContext.of(name, "", List.of("@production-safe")));
        try {
            return call.get();
        } finally {
            tracker.finish();
        }
    }
    /** The run's private temporary folder, for key material and helper files deleted when the run ends. */
    public ScratchFolder scratch() { return scratch; }
    /** Where refusals that never reached HTTP (mTLS negatives) are filed. */
    public ErrorRecorder errors() { return errors; }
    /** The trust anchors the client uses for the target (empty: the JDK's defaults). */
    public java.util.List<java.security.cert.X509Certificate> trustAnchors() { return credentials.trustAnchors(); }

    /** Builds the Allure HTML report into the bundle ({@code report/}); call after the features, before close. */
    public AllureReport.Outcome buildAllureReport() {
        AllureReport.Outcome outcome = AllureReport.build(evidence.dir().resolve(AllureRun.RESULTS_DIR),
                evidence.dir().resolve("report"), scratch.newFolder("allure"),
                AllureReport.previousReport(config.evidenceRoot(), target.name(), evidence.dir()));
        LOG.info("Allure report: {}", outcome.detail());
        return outcome;
    }

    /**
     * Coverage, drift and the auditor's summary, read back from the bundle; best-effort (the manifest must follow).
     * Running out of memory while reading a very large bundle back is caught too: what the reports held is garbage
     * once they fail, so the manifest is still written and the run's evidence kept.
     */
    private void writeReports() {
        try {
            ReconciliationWriter.write(evidence.dir());
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.warn("run {}: reconciliation not written: {}", evidence.runId(), e.getMessage());
        }
        try {
            ReportWriter.write(evidence.dir(), new RunFacts(evidence.runId(), target.name(),
                    target.baseUrl().toString(), target.isSimulator(),
                    config.features().stream().map(Capability::tag).collect(Collectors.toSet()),
                    CertificateFacts.of(certificate), ToolVersion.get(), evidence.startedAt(), clock.instant()));
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.warn("run {}: reports not written: {}", evidence.runId(), e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            writeReports();
            LOG.info("run {} closing: {}", evidence.runId(), evidence.tally());
            log.close();
            evidence.close();
        } finally {
            try {
                if (simulator != null) {
                    simulator.close();
                }
            } finally {
                scratch.close();
            }
        }
    }

    /** Tells the tracker about a call that met a passing fault, so a scenario that fails on it names the cause. */
    private static void noteFault(ScenarioTracker tracker, com.axys.golive.redaction.RedactedExchange exchange) {
        if (exchange.answered() && !com.axys.golive.evidence.ErrorClass.transientStatus(exchange.status())) {
            return;
        }
        String what = exchange.answered() ? String.valueOf(exchange.status())
                : "no answer, " + com.axys.golive.evidence.ErrorClass.ofFailure(exchange.failure()).label();
        tracker.metFault(exchange.method() + " " + exchange.path() + " -> " + what + " (call #" + exchange.seq() + ")");
    }
}
