package com.axys.golive.reconciliation;

import com.axys.golive.evidence.bundle.Bundle;
import com.axys.golive.evidence.bundle.BundleStream;
import java.util.stream.Stream;
import com.axys.golive.evidence.EvidenceFiles;
import com.axys.golive.evidence.OwnerOnly;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes the bundle's {@code reconciliation.json} and {@code reconciliation.md}: transactions × fees by
 * {@code authRefNum}, wallet transfers × the card balances read around them, totals per card, and what is flagged.
 * Call it once at the end of a run, after the last call and BEFORE the evidence run is closed, so that the manifest
 * hashes both files with the rest. It reads only the bundle's {@code calls.jsonl} (and the run id from
 * {@code manifest.json}). A run with no money calls gets a file that says so.
 */
public final class ReconciliationWriter {

    /** The files {@link #write} creates in the bundle folder, in the order written. */
    public static final List<String> FILES = List.of("reconciliation.json", "reconciliation.md");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReconciliationWriter() {
    }

    /**
     * Reads {@code calls.jsonl} in {@code bundleDir} and writes the two reconciliation files into it (replacing
     * earlier ones).
     *
     * @return the files written
     * @throws IllegalStateException when {@code calls.jsonl} is missing or a line is unreadable (the message names it)
     * @throws UncheckedIOException  when a file cannot be written
     */
    public static List<Path> write(Path bundleDir) {
        Objects.requireNonNull(bundleDir, "bundleDir");
        Reconciliation reconciliation = Reconciler.reconcile(runId(bundleDir), calls(bundleDir));
        String json;
        try {
            json = JSON.writeValueAsString(reconciliation) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the reconciliation: " + e.getOriginalMessage(), e);
        }
        return List.of(save(bundleDir, FILES.get(0), json),
                save(bundleDir, FILES.get(1), ReconciliationMarkdown.render(reconciliation)));
    }

    /** The manifest's run id, or the folder's name when the manifest cannot be read. */
    private static String runId(Path bundleDir) {
        try {
            JsonNode manifest = JSON.readTree(bundleDir.resolve(EvidenceFiles.MANIFEST).toFile());
            String runId = manifest == null ? null : manifest.path("runId").asText(null);
            if (runId != null) {
                return runId;
            }
        } catch (IOException unreadable) {
            // the folder name is the run id too
        }
        return String.valueOf(bundleDir.getFileName());
    }

    private static Path save(Path dir, String name, String content) {
        Path file = dir.resolve(name);
        try {
            return OwnerOnly.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + " (" + e.getClass().getSimpleName() + "); the "
                    + "evidence pack lacks its reconciliation, check the folder is writable and the disk not full", e);
        }
    }

    /** The bundle's calls, in call order, as reconciliation needs them. */
    private static List<CallLine> calls(Path bundleDir) {
        Bundle bundle = Bundle.open(bundleDir);
        if (!bundle.has(BundleStream.CALLS)) {
            throw new IllegalStateException("evidence bundle " + bundleDir + " has no " + BundleStream.CALLS
                    + "; write the reconciliation into the folder of an open EvidenceRun, before it is closed");
        }
        try (Stream<com.axys.golive.evidence.bundle.CallLine> lines = bundle.calls()) {
            return lines.map(c -> new CallLine(c.seq(), c.scenario(), c.operationId(), c.path(), c.status(),
                    c.request().body(), c.response().body())).toList();
        }
    }
}
