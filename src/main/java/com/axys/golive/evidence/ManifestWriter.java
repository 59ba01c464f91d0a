package com.axys.golive.evidence;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes {@code manifest.json}: run metadata, counts, the head of every hash chain and every other file of the
 * bundle with its size and SHA-256. Written to a temporary file and moved into place, so a reader never sees half.
 */
final class ManifestWriter {

    record ChainHead(long lines, String head) { }

    static final int FORMAT_VERSION = 1;

    private final Path dir;
    private final ObjectMapper mapper;

    ManifestWriter(Path dir, ObjectMapper mapper) {
        this.dir = dir;
        this.mapper = mapper;
    }

    void write(String runId, RunMetadata meta, Instant startedAt, Instant endedAt, boolean complete,
               String abortReason, RunTally tally, Map<String, ChainHead> chains) {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", "golive-evidence/" + FORMAT_VERSION);
        root.put("runId", runId);
        root.put("complete", complete);
        if (abortReason != null) {
            root.put("abortReason", abortReason);
        }
        root.put("toolVersion", meta.toolVersion());
        root.put("startedAt", startedAt.toString());
        if (endedAt != null) {
            root.put("endedAt", endedAt.toString());
        } else {
            root.putNull("endedAt");
        }
        ObjectNode target = root.putObject("target");
        target.put("name", meta.targetName());
        target.put("baseUrl", meta.baseUrl());
        target.put("tags", meta.tags());
        target.put("programFeatures", meta.features());
        if (meta.certificate() != null) {
            ObjectNode cert = root.putObject("clientCertificate");
            cert.put("subject", meta.certificate().subject());
            cert.put("issuer", meta.certificate().issuer());
            cert.put("sha256Fingerprint", meta.certificate().sha256Fingerprint());
            cert.put("notBefore", String.valueOf(meta.certificate().notBefore()));
            cert.put("notAfter", String.valueOf(meta.certificate().notAfter()));
            cert.put("daysLeft", meta.certificate().daysLeft());
        }
        root.set("counts", mapper.valueToTree(tally));
        ObjectNode heads = root.putObject("chains");
        chains.forEach((name, head) -> {
            ObjectNode h = heads.putObject(name);
            h.put("lines", head.lines());
            h.put("head", head.head());
        });
        ArrayNode files = root.putArray("files");
        for (Path file : listFiles()) {
            ObjectNode f = files.addObject();
            f.put("path", dir.relativize(file).toString().replace('\\', '/'));
            try {
                f.put("size", Files.size(file));
                f.put("sha256", Hashing.sha256(file));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot hash evidence file " + file, e);
            }
        }
        Path tmp = dir.resolve(EvidenceFiles.MANIFEST + ".tmp");
        try {
            OwnerOnly.write(tmp, mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
            Files.move(tmp, dir.resolve(EvidenceFiles.MANIFEST), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(EvidenceFiles.MANIFEST), e);
        }
    }

    private List<Path> listFiles() {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !EvidenceFiles.isManifest(dir.relativize(p).toString().replace('\\', '/')))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list evidence folder " + dir, e);
        }
    }
}
