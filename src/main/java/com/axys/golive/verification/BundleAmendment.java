package com.axys.golive.verification;

import com.axys.golive.HarnessException;
import com.axys.golive.HarnessException.Category;
import com.axys.golive.evidence.EvidenceFiles;
import com.axys.golive.evidence.Hashing;
import com.axys.golive.evidence.ManifestSignature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A change to a finished bundle after its run (a sign-off, preflight results): files added or rewritten, then a new
 * manifest version that lists and hashes them. The old manifest is kept as {@code manifests/v<N>.json}, listed (and
 * so hashed) in the new one, which names it and its SHA-256 under {@code previousManifest}. Only a bundle that
 * verifies and is not signed takes one: a signature would no longer cover the new manifest.
 */
final class BundleAmendment {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path bundle;
    private final byte[] oldBytes;
    private final ObjectNode manifest;

    private BundleAmendment(Path bundle, byte[] oldBytes, ObjectNode manifest) {
        this.bundle = bundle;
        this.oldBytes = oldBytes;
        this.manifest = manifest;
    }

    /**
     * Opens {@code bundle} for an amendment, {@code doing} what in words ("sign off", "add preflight results").
     *
     * @throws HarnessException usage: no manifest, or a signed bundle; evidence: a bundle that does not verify
     */
    static BundleAmendment open(Path bundle, String doing) {
        Path manifestFile = bundle.resolve(EvidenceFiles.MANIFEST);
        if (!Files.isRegularFile(manifestFile)) {
            throw new HarnessException(Category.USAGE, "cannot " + doing + " in " + bundle + ": no manifest.json"
                    + " there; give a run's folder, evidence/<run-id>/");
        }
        if (Files.exists(bundle.resolve(ManifestSignature.SIGNATURE))) {
            throw new HarnessException(Category.USAGE, bundle + " is signed: to " + doing + " writes a new manifest,"
                    + " which the signature does not cover; do it before signing, or re-sign with 'golive evidence"
                    + " pack --sign-cert --sign-key' afterwards");
        }
        VerificationReport before = new BundleVerifier().verify(bundle);
        if (!before.verified()) {
            throw new HarnessException(Category.EVIDENCE, "cannot " + doing + " in " + bundle + ": it is "
                    + before.verdict() + "; run 'golive evidence verify " + bundle + "' to see why");
        }
        try {
            byte[] bytes = Files.readAllBytes(manifestFile);
            return new BundleAmendment(bundle, bytes, (ObjectNode) MAPPER.readTree(bytes));
        } catch (IOException e) {
            throw unwritable(bundle, doing, e);
        }
    }

    /** The manifest being amended (its chains may be updated before {@link #commit}). */
    ObjectNode manifest() {
        return manifest;
    }

    /**
     * Writes {@code files} (path in the bundle, new bytes) and the new manifest version listing them, all or none:
     * each is written beside its place first, then moved in, the manifest last. A failure before the moves leaves
     * the bundle as it was (and verifying); the temporary files are removed.
     */
    void commit(Map<String, byte[]> files, String doing) {
        int version = manifest.path("manifestVersion").asInt(1);
        String historyPath = "manifests/v" + version + ".json";
        Map<Path, Path> moves = new LinkedHashMap<>();
        try {
            ArrayNode listed = (ArrayNode) manifest.get("files");
            for (int i = listed.size() - 1; i >= 0; i--) {
                if (files.containsKey(listed.get(i).path("path").asText())) {
                    listed.remove(i);
                }
            }
            Map<String, byte[]> all = new LinkedHashMap<>(files);
            all.put(historyPath, oldBytes);
            for (Map.Entry<String, byte[]> f : all.entrySet()) {
                Path target = bundle.resolve(f.getKey());
                Files.createDirectories(target.getParent());
                Path staged = target.resolveSibling(target.getFileName() + ".amending");
                Files.write(staged, f.getValue());
                moves.put(staged, target);
                listed.addObject().put("path", f.getKey()).put("size", f.getValue().length)
                        .put("sha256", Hashing.sha256(f.getValue()));
            }
            manifest.put("manifestVersion", version + 1);
            manifest.putObject("previousManifest").put("path", historyPath).put("sha256", Hashing.sha256(oldBytes));
            Path staged = bundle.resolve(EvidenceFiles.MANIFEST + ".amending");
            Files.write(staged, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            moves.put(staged, bundle.resolve(EvidenceFiles.MANIFEST));
        } catch (IOException e) {
            moves.keySet().forEach(BundleAmendment::deleteQuietly);
            throw unwritable(bundle, doing, e);
        }
        try {
            for (Map.Entry<Path, Path> m : moves.entrySet()) {
                Files.move(m.getKey(), m.getValue(), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            moves.keySet().forEach(BundleAmendment::deleteQuietly);
            throw unwritable(bundle, doing, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // best effort: a leftover *.amending file is not listed, and verify names it
        }
    }

    static HarnessException unwritable(Path bundle, String doing, IOException e) {
        return new HarnessException(Category.EVIDENCE, "cannot " + doing + " in " + bundle + " ("
                + e.getClass().getSimpleName() + "); check the folder is writable", e);
    }
}
