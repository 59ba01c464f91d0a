package com.axys.golive.verification;

import com.axys.golive.HarnessException;
import com.axys.golive.HarnessException.Category;
import com.axys.golive.evidence.EvidenceFiles;
import com.axys.golive.evidence.Hashing;
import com.axys.golive.evidence.JsonlChain;
import com.axys.golive.evidence.ManifestSignature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;

/**
 * Records a sign-off as evidence: one chained line in {@code signoffs.jsonl}, and a new manifest version. The old
 * manifest is kept as {@code manifests/v<N>.json}, listed (and so hashed) in the new one, which names it and its
 * SHA-256 under {@code previousManifest}: the verifier's usual checks then cover the sign-off chain and the history.
 * A hand edit of {@code signoffs.jsonl} or of coverage breaks a chain or a hash, as before.
 */
public final class SignOffLog {

    public static final String STREAM = "signoffs.jsonl";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SignOffLog() {
    }

    /** Appends the sign-off of {@code item} by {@code by} with reference {@code ref}; refuses a bundle that is not VERIFIED or is signed. */
    public static void record(Path bundle, String item, String by, String ref, Clock clock) {
        if (!Files.isRegularFile(bundle.resolve(EvidenceFiles.MANIFEST))) {
            throw new HarnessException(Category.USAGE, "cannot sign off in " + bundle + ": no manifest.json there;"
                    + " give a run's folder, evidence/<run-id>/");
        }
        if (Files.exists(bundle.resolve(ManifestSignature.SIGNATURE))) {
            throw new HarnessException(Category.USAGE, bundle + " is signed: a sign-off writes a new manifest, which"
                    + " the signature does not cover; sign off before signing, or re-sign with 'golive evidence pack"
                    + " --sign-cert --sign-key' afterwards");
        }
        VerificationReport before = new BundleVerifier().verify(bundle);
        if (!before.verified()) {
            throw new HarnessException(Category.EVIDENCE, "cannot sign off in " + bundle + ": it is "
                    + before.verdict() + "; run 'golive evidence verify " + bundle + "' to see why");
        }
        for (String[] f : new String[][] {{"--item", item}, {"--by", by}, {"--ref", ref}}) {
            if (f[1] == null || f[1].isBlank() || f[1].length() > 200 || f[1].chars().anyMatch(Character::isISOControl)) {
                throw new HarnessException(Category.USAGE, f[0] + " must be one line of 1 to 200 characters");
            }
        }
        try {
            Path coverage = bundle.resolve("coverage.json");
            if (!Files.readString(coverage, StandardCharsets.UTF_8).contains("\"" + item + "\"")) {
                throw new HarnessException(Category.USAGE, "unknown item " + item + ": it is not in this run's"
                        + " coverage.json; give a checklist id such as P1.SEC.01 (see coverage.md)");
            }
            Path manifestFile = bundle.resolve(EvidenceFiles.MANIFEST);
            byte[] oldBytes = Files.readAllBytes(manifestFile);
            ObjectNode manifest = (ObjectNode) MAPPER.readTree(oldBytes);
            String runId = manifest.path("runId").asText();
            ObjectNode chains = (ObjectNode) manifest.get("chains");
            String head = chains.has(STREAM) ? chains.get(STREAM).path("head").asText()
                    : JsonlChain.genesis(runId, STREAM);
            long lines = chains.has(STREAM) ? chains.get(STREAM).path("lines").asLong() : 0;
            ObjectNode record = MAPPER.createObjectNode().put("type", "sign-off").put("item", item).put("by", by)
                    .put("ref", ref).put("at", clock.instant().toString()).put("prevHash", head);
            byte[] line = MAPPER.writeValueAsBytes(record);
            Path stream = bundle.resolve(STREAM);
            Files.write(stream, (new String(line, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            int version = manifest.path("manifestVersion").asInt(1);
            String historyPath = "manifests/v" + version + ".json";
            Files.createDirectories(bundle.resolve("manifests"));
            Files.write(bundle.resolve(historyPath), oldBytes, StandardOpenOption.CREATE_NEW);
            chains.putObject(STREAM).put("lines", lines + 1).put("head", Hashing.sha256(line));
            ArrayNode files = (ArrayNode) manifest.get("files");
            for (int i = files.size() - 1; i >= 0; i--) {
                if (STREAM.equals(files.get(i).path("path").asText())) {
                    files.remove(i);
                }
            }
            files.addObject().put("path", STREAM).put("size", Files.size(stream)).put("sha256", Hashing.sha256(stream));
            files.addObject().put("path", historyPath).put("size", oldBytes.length)
                    .put("sha256", Hashing.sha256(oldBytes));
            manifest.put("manifestVersion", version + 1);
            manifest.putObject("previousManifest").put("path", historyPath).put("sha256", Hashing.sha256(oldBytes));
            Path tmp = bundle.resolve(EvidenceFiles.MANIFEST + ".tmp");
            Files.write(tmp, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            Files.move(tmp, manifestFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new HarnessException(Category.EVIDENCE, "cannot record the sign-off in " + bundle + " ("
                    + e.getClass().getSimpleName() + "); check the folder is writable", e);
        }
    }
}
