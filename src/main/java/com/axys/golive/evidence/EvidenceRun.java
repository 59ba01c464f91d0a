package com.axys.golive.evidence;

import com.axys.golive.HarnessException;
import com.axys.golive.HarnessException.Category;
import com.axys.golive.capture.ExchangeSink;
import com.axys.golive.capture.ScenarioContext;
import com.axys.golive.capture.ServerConnection;
import com.axys.golive.contract.ContractResult;
import com.axys.golive.evidence.bundle.BundleStream;
import com.axys.golive.evidence.bundle.CallLine;
import com.axys.golive.evidence.bundle.ScenarioLine;
import com.axys.golive.evidence.bundle.TransitionLine;
import com.axys.golive.ledger.Transition;
import com.axys.golive.redaction.RedactedExchange;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One run's evidence folder, {@code <root>/<run id>/}, open for the length of the run. Streams are created at
 * start, every record is flushed as written, and a manifest marked {@code complete:false} is written at once, so a
 * run that dies leaves a bundle the verifier reads as incomplete rather than corrupt.
 *
 * <p>The evidence is critical: the first write that fails (a full disk) becomes one {@code EVIDENCE} error, handed
 * to {@link #whenWriteFails} (the run stops calling the target) and thrown to the writer; later failures repeat
 * it. What was written stays, and closing marks the bundle incomplete with that reason, if the manifest can still
 * be written.
 */
public final class EvidenceRun implements ExchangeSink, AutoCloseable {

    public static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final String runId;
    private final Path dir;
    private final Clock clock;
    private final Instant startedAt;
    private final Map<String, JsonlChain> chains = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    private final AtomicLong seq = new AtomicLong();
    private final ManifestWriter manifest;
    private volatile RunMetadata metadata;
    private boolean closed;
    private String abortReason;
    private final FirstWriteFailure failures;

    private EvidenceRun(Path dir, String runId, Clock clock, RunMetadata metadata) {
        this.runId = runId;
        this.dir = dir;
        this.clock = clock;
        this.startedAt = clock.instant();
        this.metadata = metadata;
        this.failures = new FirstWriteFailure(dir.getParent());
        for (String name : List.of(EvidenceFiles.CALLS, EvidenceFiles.TRANSITIONS, EvidenceFiles.ERRORS,
                EvidenceFiles.SCENARIOS, EvidenceFiles.CONNECTIONS)) {
            try {
                chains.put(name, new JsonlChain(dir.resolve(name), runId, MAPPER));
            } catch (UncheckedIOException e) {
                throw failed(name, e.getCause());
            }
        }
        this.manifest = new ManifestWriter(dir, MAPPER);
        writeManifest(false, RunTally.EMPTY);
    }

    /** Who is told, once, when the first write fails: the run's call gate, so that no further call is made. */
    public void whenWriteFails(Consumer<HarnessException> listener) {
        failures.listener(listener);
    }

    /** The first write that failed, if any. */
    public Optional<HarnessException> writeFailure() {
        return failures.first();
    }

    /** The clock the run's evidence is stamped with. */
    public Clock clock() {
        return clock;
    }

    /** Creates {@code <root>/<runId>/} (owner-only, as is every file in it) and opens its streams. */
    public static EvidenceRun open(Path root, String runId, Clock clock, RunMetadata metadata) {
        Path dir = root.resolve(runId);
        try {
            OwnerOnly.createDirectories(root);
            Files.createDirectory(dir);
            OwnerOnly.restrictTree(dir);
        } catch (IOException e) {
            throw new HarnessException(Category.USAGE, "cannot create the evidence folder " + dir + " ("
                    + e.getClass().getSimpleName() + "); choose a writable folder with --evidence DIR", e);
        }
        return new EvidenceRun(dir, runId, clock, metadata);
    }

    public String runId() { return runId; }
    public Path dir() { return dir; }
    public Instant startedAt() { return startedAt; }

    /** The metadata can be completed once the target is up (the simulator's port is only known after start). */
    public void updateMetadata(RunMetadata updated) {
        this.metadata = updated;
        writeManifest(false, tally());
    }

    public long nextSeq() {
        return seq.incrementAndGet();
    }

    private volatile Consumer<CallLine> callListener = line -> { };

    /**
     * Told of every call line as it is recorded (already redacted): the Allure report attaches it to the step that
     * made the call. A listener that fails is logged, never fails the call.
     */
    public void onCall(Consumer<CallLine> listener) {
        this.callListener = listener == null ? line -> { } : listener;
    }

    @Override
    public void record(RedactedExchange exchange, ContractResult contract, ScenarioContext scenario) {
        CallLine line = ExchangeFormatter.line(MAPPER, exchange, contract, scenario);
        write(BundleStream.CALLS, line);
        try {
            callListener.accept(line);
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(EvidenceRun.class).warn("call #{} not attached to the report: {}",
                    line.seq(), e.toString());
        }
    }

    /** Records how a scenario ended: its name, tags, checklist ids, status and (redacted) failure message. */
    public void recordScenario(ScenarioContext scenario, String status, long durationMillis, String failure) {
        recordScenario(scenario, status, durationMillis, failure, null, java.util.Map.of());
    }

    /**
     * Records how a scenario ended, with what a later run needs to continue it.
     *
     * @param continues the run this scenario continued (its entities were adopted from it), or null
     * @param resume    what its steps carried (entity ids, facts), written when it ended pending on the target
     */
    public void recordScenario(ScenarioContext scenario, String status, long durationMillis, String failure,
                               String continues, java.util.Map<String, ? extends JsonNode> resume) {
        write(BundleStream.SCENARIOS, new ScenarioLine(clock.instant().toString(), scenario.name(),
                scenario.feature(), scenario.tags(), scenario.checklistIds(), status, durationMillis, failure,
                continues, new LinkedHashMap<>(resume)));
    }

    /** Records one TLS connection to the target: who answered, with the certificate chain it presented. */
    public void recordConnection(ServerConnection connection) {
        append(EvidenceFiles.CONNECTIONS, ServerCertificates.record(connection, MAPPER));
    }

    /** Records one observed state change (from the state ledger). */
    public void recordTransition(Transition t) {
        write(BundleStream.TRANSITIONS, new TransitionLine(t.entity(), t.id(), t.field(), t.from(), t.to(),
                t.observedAt().toString(), t.callSeq(), t.scenario(), t.allowed(), t.rule()));
    }

    /**
     * Opens one more hash-chained stream beside the standard ones ({@code golive proxy}'s {@value
     * EvidenceFiles#FAULTS}), listed in the manifest from now on, so that a session killed later leaves it
     * verifiable as incomplete, like the others. Opening a stream that is already open does nothing.
     */
    public synchronized void openStream(String fileName) {
        if (chains.containsKey(fileName)) {
            return;
        }
        if (closed) {
            throw new IllegalStateException("the evidence of run " + runId + " is closed; open " + fileName
                    + " before closing it");
        }
        try {
            chains.put(fileName, new JsonlChain(dir.resolve(fileName), runId, MAPPER));
        } catch (UncheckedIOException e) {
            throw failed(fileName, e.getCause());
        }
        writeManifest(false, tally());
    }

    /** Appends one line of the bundle model to its stream: the one way the four standard streams are written. */
    public <T> void write(BundleStream<T> stream, T line) {
        append(stream.file(), stream.write(line));
    }

    /** Appends a record to a stream outside the bundle model ({@value EvidenceFiles#FAULTS}). */
    public void append(String fileName, ObjectNode record) {
        JsonlChain chain = chains.get(fileName);
        if (chain == null) {
            throw new IllegalArgumentException("no evidence stream named " + fileName + "; known: " + chains.keySet());
        }
        try {
            chain.append(record);
        } catch (UncheckedIOException e) {
            throw failed(fileName, e.getCause());
        }
    }

    /** Writes a whole file into the bundle (reports, summaries); it is hashed into the manifest at close. */
    public Path writeFile(String relativeName, byte[] content) {
        Path file = dir.resolve(relativeName).normalize();
        if (!file.startsWith(dir)) {
            throw new IllegalArgumentException("evidence file must stay inside the bundle: " + relativeName);
        }
        try {
            OwnerOnly.createDirectories(file.getParent());
            OwnerOnly.write(file, content);
            return file;
        } catch (IOException e) {
            throw failed(dir.relativize(file).toString(), e);
        }
    }

    public RunTally tally() {
        return new RunTally(chains.get(EvidenceFiles.CALLS).lines(), chains.get(EvidenceFiles.TRANSITIONS).lines(),
                chains.get(EvidenceFiles.ERRORS).lines(), chains.get(EvidenceFiles.SCENARIOS).lines());
    }

    /** Closes the streams and writes the final manifest with {@code complete:true} and every file's hash. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        Optional<HarnessException> before = failures.first();
        closeChains();
        abortReason = failures.problem();
        try {
            writeManifest(abortReason == null, tally());
        } catch (HarnessException manifestFailed) {
            if (before.isEmpty()) {
                throw manifestFailed; // the first failure, at the very end: the run has to say so
            }
        } finally {
            restrict();
        }
        if (before.isEmpty() && failures.first().isPresent()) {
            throw failures.first().get();
        }
    }

    /**
     * Marks the bundle as cut short (Ctrl-C, a fatal error): streams are flushed and the manifest says
     * {@code complete:false} with the reason. Does nothing once the run was closed normally.
     */
    public synchronized void abort(String reason) {
        if (closed) {
            return;
        }
        closed = true;
        closeChains();
        abortReason = failures.problem() != null ? reason + "; " + failures.problem() : reason;
        try {
            writeManifest(false, tally());
        } catch (HarnessException manifestFailed) {
            // interrupted and unable to write: what the streams hold stays, verified as incomplete
        } finally {
            restrict();
        }
    }

    /** Closes every stream, even after one fails to close (its data may not have reached the disk). */
    private void closeChains() {
        chains.forEach((name, chain) -> {
            try {
                chain.close();
            } catch (UncheckedIOException e) {
                failed(name, e.getCause());
            }
        });
    }

    private HarnessException failed(String file, IOException e) {
        return failures.record(file, e);
    }

    /** What others wrote into the bundle (the Allure child, Logback) is made owner-only too; best effort. */
    private void restrict() {
        try {
            OwnerOnly.restrictTree(dir);
        } catch (IOException e) {
            // the files were created owner-only where the harness wrote them; the folder itself is 0700
        }
    }

    private void writeManifest(boolean complete, RunTally tally) {
        Map<String, ManifestWriter.ChainHead> heads = new LinkedHashMap<>();
        chains.forEach((name, chain) -> heads.put(name, new ManifestWriter.ChainHead(chain.lines(), chain.head())));
        try {
            manifest.write(runId, metadata, startedAt, complete || abortReason != null ? clock.instant() : null,
                    complete, abortReason, tally, heads);
        } catch (UncheckedIOException e) {
            throw failed(EvidenceFiles.MANIFEST, e.getCause());
        }
    }
}
