package com.axys.golive.proxy;

import com.axys.golive.capture.ExchangeCapture;
import com.axys.golive.config.Capability;
import com.axys.golive.config.Target;
import com.axys.golive.contract.ContractValidator;
import com.axys.golive.evidence.ErrorRecorder;
import com.axys.golive.evidence.EvidenceFiles;
import com.axys.golive.evidence.EvidenceRun;
import com.axys.golive.evidence.RunId;
import com.axys.golive.evidence.RunMetadata;
import com.axys.golive.ledger.StateLedger;
import com.axys.golive.reconciliation.ReconciliationWriter;
import com.axys.golive.redaction.RedactionPolicy;
import com.axys.golive.redaction.SensitiveValues;
import com.axys.golive.report.CertificateFacts;
import com.axys.golive.report.ReportWriter;
import com.axys.golive.report.RunFacts;
import com.axys.golive.run.ResolvedCredentials;
import com.axys.golive.run.RunLog;
import com.axys.golive.run.ToolVersion;
import com.axys.golive.tls.CertificateSummary;
import com.axys.golive.tls.SslContexts;
import com.axys.golive.tls.ThrowawayPki;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;

/**
 * One {@code golive proxy} session: the listener, the forwarder over the Program's mTLS, and one evidence bundle
 * fed by the harness's own capture chain (contract, redaction, errors, state ledger, hash-chained streams). Opening
 * writes a {@code complete:false} manifest at once, as a run does, so a session killed with SIGKILL leaves an
 * incomplete bundle, not a corrupt one. Closing stops the listener, writes the harness's reports and the proxy's
 * own, and the final manifest; it is idempotent (the CLI's shutdown hook and its own end may both call it).
 */
public final class ProxySession implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ProxySession.class);

    private final Target target;
    private final CertificateSummary certificate;
    private final EvidenceRun evidence;
    private final RedactionPolicy policy;
    private final RunLog log;
    private final ProxyRecorder recorder;
    private final ProxyListener listener;
    private final ClientScenarios clients;
    private final ProxySettings settings;
    private final AutoCloseable afterClose;
    private final Clock clock;
    private boolean closed;

    private ProxySession(Target target, CertificateSummary certificate, EvidenceRun evidence, RedactionPolicy policy,
                         RunLog log, ProxyRecorder recorder, ProxyListener listener, ClientScenarios clients,
                         ProxySettings settings, AutoCloseable afterClose, Clock clock) {
        this.target = target;
        this.certificate = certificate;
        this.evidence = evidence;
        this.policy = policy;
        this.log = log;
        this.recorder = recorder;
        this.listener = listener;
        this.clients = clients;
        this.settings = settings;
        this.afterClose = afterClose;
        this.clock = clock;
    }

    /**
     * Opens the bundle and starts listening.
     *
     * @param target      the target with its base URL resolved (the embedded simulator's, once started)
     * @param credentials the Program's certificate, key, trust anchors and API key: in memory only
     * @param afterClose  closed after the bundle is finished (the embedded simulator, its scratch folder), or null
     * @param console     told one line per injected fault and refused request
     */
    public static ProxySession open(ProxySettings settings, Target target, ResolvedCredentials credentials,
                                    Clock clock, AutoCloseable afterClose, Consumer<String> console) {
        settings.admit(target);
        CertificateSummary certificate = CertificateSummary.of(credentials.identity().certificate(), clock);
        SSLContext ssl = target.isProduction()
                ? SslContexts.client(credentials.identity(), credentials.trustAnchors())
                : SslContexts.client(credentials.identity(), credentials.trustAnchors(),
                        managers -> ProductionCertificateRefusal.wrap(managers, target.baseUrl().getHost()));
        EvidenceRun evidence = EvidenceRun.open(settings.evidenceRoot(), RunId.next(clock, "proxy" + target.name()),
                clock, new RunMetadata(ToolVersion.get(), target.name(), target.baseUrl().toString(), certificate,
                        "", ""));
        RunLog log = null;
        try {
            SensitiveValues sensitive = new SensitiveValues();
            sensitive.add("api-key", credentials.apiKey().asString());
            RedactionPolicy policy = new RedactionPolicy(sensitive);
            log = RunLog.attach(evidence.dir().resolve(EvidenceFiles.LOG), policy);
            ErrorRecorder errors = new ErrorRecorder(evidence, policy);
            ExchangeCapture capture = new ExchangeCapture(ContractValidator.fromClasspath(), policy, evidence,
                    List.of(errors, new StateLedger(evidence::recordTransition)));
            ProxyRecorder recorder = new ProxyRecorder(evidence, capture, errors, target.baseUrl());
            Forwarder forwarder = new Forwarder(target.baseUrl(), ssl, credentials.apiKey().asString(),
                    settings.connectTimeout(), settings.readTimeout(), evidence::recordConnection, clock);
            ClientScenarios clients = new ClientScenarios(settings.clientName());
            ProxyHandler handler = new ProxyHandler(forwarder, recorder, clients, settings.faults(), settings.hold(),
                    target.isProduction(), target.baseUrl(), clock, console);
            ProxyListener listener = ProxyListener.start(settings, target.baseUrl().getPath().replaceAll("/$", ""),
                    handler, clock);
            LOG.info("proxy session {} opened: {} -> target {} at {}, client certificate {} (SHA-256 {}), faults {}",
                    evidence.runId(), listener.baseUrl(), target.name(), target.baseUrl(), certificate.subject(),
                    certificate.sha256Fingerprint(), settings.faults().describe());
            return new ProxySession(target, certificate, evidence, policy, log, recorder, listener, clients,
                    settings, afterClose, clock);
        } catch (RuntimeException e) {
            if (log != null) {
                log.close();
            }
            evidence.abort("golive proxy could not start: " + e.getClass().getSimpleName());
            throw e;
        }
    }

    /** The base URL the backend calls instead of the target's. */
    public URI baseUrl() {
        return listener.baseUrl();
    }

    /** The listener's local CA, to be trusted by the backend (absent with --plain-http). */
    public Optional<ThrowawayPki> listenerPki() {
        return listener.pki();
    }

    public Target target() { return target; }
    public EvidenceRun evidence() { return evidence; }
    public RedactionPolicy policy() { return policy; }
    public CertificateSummary certificate() { return certificate; }

    /** Stops listening, writes the reports and the final manifest; later calls do nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            listener.close();
            recorder.close();
            writeReports();
            LOG.info("proxy session {} closing: {}", evidence.runId(), evidence.tally());
            log.close();
            evidence.close();
        } finally {
            if (afterClose != null) {
                try {
                    afterClose.close();
                } catch (Exception e) {
                    LOG.warn("proxy session {}: cleanup failed: {}", evidence.runId(), e.toString());
                }
            }
        }
    }

    /** Best-effort, as a run's: a report that cannot be written is logged; the manifest must follow regardless. */
    private void writeReports() {
        try {
            ReconciliationWriter.write(evidence.dir());
        } catch (RuntimeException e) {
            LOG.warn("proxy session {}: reconciliation not written: {}", evidence.runId(), e.getMessage());
        }
        try {
            ReportWriter.write(evidence.dir(), new RunFacts(evidence.runId(), target.name(),
                    target.baseUrl().toString(), target.isSimulator(),
                    Arrays.stream(Capability.values()).map(Capability::tag).collect(Collectors.toSet()),
                    CertificateFacts.of(certificate), ToolVersion.get(), evidence.startedAt(), clock.instant()));
        } catch (RuntimeException e) {
            LOG.warn("proxy session {}: reports not written: {}", evidence.runId(), e.getMessage());
        }
        try {
            ProxyReports.write(evidence, new ProxyReports.Facts(listener.baseUrl().toString(), target.name(),
                    target.baseUrl().toString(), clients.seen(), settings.faults(), target.isProduction()),
                    recorder.timeline());
        } catch (RuntimeException e) {
            LOG.warn("proxy session {}: proxy reports not written: {}", evidence.runId(), e.getMessage());
        }
    }

    /** The bundle folder. */
    public Path dir() {
        return evidence.dir();
    }
}
