package com.axys.golive.verification;

import com.axys.golive.evidence.EvidenceFiles;
import com.axys.golive.evidence.ManifestSignature;
import java.time.Clock;
import com.axys.golive.evidence.RunTally;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Verifies an evidence bundle offline, as the auditor does: the manifest is readable and of a known format, every
 * stream's hash chain runs unbroken from its genesis to the head the manifest recorded, every listed file has its
 * size and SHA-256 and no file was added, and the leak scan finds no secret. Works on the run folder or on the zip
 * {@link BundlePacker} made of it (read in place).
 *
 * <p>A run killed mid-way leaves {@code complete:false}: its streams outgrew the manifest legitimately, so only
 * their chains are checked, and the verdict is {@link Verdict#INCOMPLETE}, not corrupt. Not a bundle at all (no such
 * folder, an evidence root) is a usage error ({@code HarnessException}, category USAGE).
 */
public final class BundleVerifier {

    private static final List<String> STREAMS = List.of(EvidenceFiles.CALLS, EvidenceFiles.TRANSITIONS,
            EvidenceFiles.ERRORS, EvidenceFiles.SCENARIOS);

    /**
     * What every complete run writes: its streams, its log, the auditor's summary, the coverage and the
     * reconciliation (HarnessSession writes the last three together as it closes, whatever command opened it: run,
     * verify-production, preflight's simulator). A bundle without one of them was thinned after the run, however consistent its manifest.
     */
    static final List<String> REQUIRED = List.of(EvidenceFiles.CALLS, EvidenceFiles.TRANSITIONS,
            EvidenceFiles.ERRORS, EvidenceFiles.SCENARIOS, EvidenceFiles.CONNECTIONS, EvidenceFiles.LOG,
            "summary.md", "coverage.json", "reconciliation.json");

    private final LeakScanner scanner = new LeakScanner();
    private final ServerTrust trust;
    private final ProvenanceCheck provenance;
    private final ZipLimits limits;
    private final SignerPolicy signers;

    /** A verifier that trusts the JDK's certificate authorities and reads zips within {@link ZipLimits#standard()}. */
    public BundleVerifier() {
        this(ServerTrust.jdkAnd(List.of()));
    }

    /** A verifier that trusts {@code trust}'s certificate authorities for Axys's server certificates. */
    public BundleVerifier(ServerTrust trust) {
        this(trust, ZipLimits.standard(), SignerPolicy.none());
    }

    /** A verifier that refuses, as an evidence error, a zip that unpacks beyond {@code limits}. */
    public BundleVerifier(ZipLimits limits) {
        this(ServerTrust.jdkAnd(List.of()), limits, SignerPolicy.none());
    }

    private BundleVerifier(ServerTrust trust, ZipLimits limits, SignerPolicy signers) {
        this.trust = java.util.Objects.requireNonNull(trust, "trust");
        this.provenance = new ProvenanceCheck(trust);
        this.limits = java.util.Objects.requireNonNull(limits, "limits");
        this.signers = java.util.Objects.requireNonNull(signers, "signers");
    }

    /** This verifier, demanding of the manifest's signature what {@code policy} says. */
    public BundleVerifier withSigners(SignerPolicy policy) {
        return new BundleVerifier(trust, limits, policy);
    }

    /**
     * What the harness calls after every run, with every secret value the run used: a leak of any of them, even
     * one with no recognisable shape, then fails the check.
     */
    public static VerificationReport verifyWithKnownSecrets(Path dir, Set<String> knownSecrets) {
        return new BundleVerifier().verify(dir, KnownSecrets.of(knownSecrets));
    }

    /** The auditor's check: patterns only, no secret value known. */
    public VerificationReport verify(Path bundleDirOrZip) {
        return verify(bundleDirOrZip, KnownSecrets.none());
    }

    public VerificationReport verify(Path bundleDirOrZip, KnownSecrets known) {
        try (BundleSource source = BundleSource.open(bundleDirOrZip, limits)) {
            Path root = source.root();
            List<Problem> problems = new ArrayList<>(source.problems());
            List<Leak> leaks = scanner.scan(root, known);
            String label = bundleDirOrZip.toString();
            Manifest manifest = readManifest(root, problems);
            if (manifest == null) {
                String name = source.folderName();
                return new VerificationReport(label, name == null ? label : name, false, null, RunTally.EMPTY, 0,
                        problems, leaks);
            }
            if (source.folderName() != null && !source.folderName().equals(manifest.runId())) {
                problems.add(Problem.note(source.folderName(), 0, "the folder's name differs from the manifest's"
                        + " runId (renamed after the run?); the chains are checked against the manifest's"));
            }
            long[] lines = new long[STREAMS.size()];
            Set<String> streams = new LinkedHashSet<>(STREAMS);
            streams.addAll(manifest.chains().keySet());
            for (String stream : streams) {
                ChainCheck.Result chain = ChainCheck.check(root.resolve(stream), stream, manifest.runId(),
                        manifest.chains().get(stream), manifest.complete());
                problems.addAll(chain.problems());
                int i = STREAMS.indexOf(stream);
                if (i >= 0) {
                    lines[i] = chain.lines();
                }
            }
            problems.addAll(countProblems(manifest));
            problems.addAll(missingRequired(manifest));
            problems.addAll(provenance.check(root, manifest));
            ListedFiles.Result files = ListedFiles.check(root, manifest, streams);
            problems.addAll(files.problems());
            problems.addAll(signers.check(ManifestSignature.check(root, Clock.systemUTC())));
            return new VerificationReport(label, manifest.runId(), manifest.complete(), manifest.abortReason(),
                    new RunTally(lines[0], lines[1], lines[2], lines[3]), files.matched(), problems, leaks);
        }
    }

    private static Manifest readManifest(Path root, List<Problem> problems) {
        Path file = root.resolve(EvidenceFiles.MANIFEST);
        if (!Files.isRegularFile(file)) {
            problems.add(Problem.defect(EvidenceFiles.MANIFEST, "is missing: without it the bundle cannot be"
                    + " verified; restore it from the original bundle"));
            return null;
        }
        try {
            return Manifest.parse(Files.readAllBytes(file));
        } catch (Manifest.Unreadable e) {
            problems.add(Problem.defect(EvidenceFiles.MANIFEST, e.getMessage()));
            return null;
        } catch (IOException e) {
            throw CannotRead.of(file, e);
        }
    }

    private static List<Problem> missingRequired(Manifest manifest) {
        if (!manifest.complete()) {
            return List.of();
        }
        Set<String> listed = new LinkedHashSet<>(manifest.chains().keySet());
        manifest.files().forEach(f -> listed.add(f.path()));
        return REQUIRED.stream().filter(name -> !listed.contains(name))
                .map(name -> Problem.defect(name, "is not in the manifest, but every complete run writes it (removed"
                        + " with its manifest entry after the run, or the run failed to write it: see log.jsonl)"))
                .toList();
    }

    /** The manifest's counts must agree with its own chains: "counts.calls" with the chain of calls.jsonl. */
    private static List<Problem> countProblems(Manifest manifest) {
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, Long> count : manifest.counts().entrySet()) {
            Manifest.Chain chain = manifest.chains().get(count.getKey() + ".jsonl");
            if (chain != null && chain.lines() != count.getValue()) {
                problems.add(Problem.defect(EvidenceFiles.MANIFEST, "counts." + count.getKey() + " says "
                        + count.getValue() + " but its chain of " + count.getKey() + ".jsonl records " + chain.lines()
                        + " lines (the manifest was edited)"));
            }
        }
        return problems;
    }
}
