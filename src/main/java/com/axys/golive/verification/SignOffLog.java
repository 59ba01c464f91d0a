package com.axys.golive.verification;

import com.axys.golive.HarnessException;
import com.axys.golive.HarnessException.Category;
import com.axys.golive.evidence.Hashing;
import com.axys.golive.evidence.JsonlChain;
import com.axys.golive.report.CoverageAmendment;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records a sign-off as evidence: one chained line in {@code signoffs.jsonl}, and a new manifest version. The old
 * manifest is kept as {@code manifests/v<N>.json}, listed (and so hashed) in the new one, which names it and its
 * SHA-256 under {@code previousManifest}: the verifier's usual checks then cover the sign-off chain and the history.
 * The coverage files then show the sign-off ({@link CoverageAmendment}) and the new manifest hashes them as rewritten;
 * the old manifest keeps the hashes they had. A hand edit of {@code signoffs.jsonl} or of coverage breaks a chain or
 * a hash, as before.
 */
public final class SignOffLog {

    public static final String STREAM = "signoffs.jsonl";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SignOffLog() {
    }

    /** Every sign-off of {@code stream}, oldest first. */
    private static List<CoverageAmendment.SignOffRecord> records(byte[] stream) throws IOException {
        List<CoverageAmendment.SignOffRecord> out = new ArrayList<>();
        for (String l : new String(stream, StandardCharsets.UTF_8).split("\n")) {
            if (l.isBlank()) {
                continue;
            }
            var r = MAPPER.readTree(l);
            if ("sign-off".equals(r.path("type").asText())) {
                out.add(new CoverageAmendment.SignOffRecord(r.path("item").asText(), r.path("by").asText(),
                        r.path("ref").asText(), r.path("at").asText()));
            }
        }
        return out;
    }

    /** Appends the sign-off of {@code item} by {@code by} with reference {@code ref}; refuses a bundle that is not VERIFIED or is signed. */
    public static void record(Path bundle, String item, String by, String ref, Clock clock) {
        for (String[] f : new String[][] {{"--item", item}, {"--by", by}, {"--ref", ref}}) {
            if (f[1] == null || f[1].isBlank() || f[1].length() > 200 || f[1].chars().anyMatch(Character::isISOControl)) {
                throw new HarnessException(Category.USAGE, f[0] + " must be one line of 1 to 200 characters");
            }
        }
        BundleAmendment amendment = BundleAmendment.open(bundle, "sign off");
        if (!CoverageAmendment.lists(bundle, item) && !listedInPlainCoverage(bundle, item)) {
            throw new HarnessException(Category.USAGE, "unknown item " + item + ": it is not in this run's"
                    + " coverage.json; give a checklist id such as P1.SEC.01 (see coverage.md)");
        }
        try {
            ObjectNode manifest = amendment.manifest();
            String runId = manifest.path("runId").asText();
            ObjectNode chains = (ObjectNode) manifest.get("chains");
            String head = chains.has(STREAM) ? chains.get(STREAM).path("head").asText()
                    : JsonlChain.genesis(runId, STREAM);
            long lines = chains.has(STREAM) ? chains.get(STREAM).path("lines").asLong() : 0;
            ObjectNode record = MAPPER.createObjectNode().put("type", "sign-off").put("item", item).put("by", by)
                    .put("ref", ref).put("at", clock.instant().toString()).put("prevHash", head);
            byte[] line = MAPPER.writeValueAsBytes(record);
            Path stream = bundle.resolve(STREAM);
            byte[] before = Files.isRegularFile(stream) ? Files.readAllBytes(stream) : new byte[0];
            byte[] after = (new String(before, StandardCharsets.UTF_8) + new String(line, StandardCharsets.UTF_8)
                    + "\n").getBytes(StandardCharsets.UTF_8);
            chains.putObject(STREAM).put("lines", lines + 1).put("head", Hashing.sha256(line));
            List<CoverageAmendment.SignOffRecord> all = new ArrayList<>(records(before));
            all.add(new CoverageAmendment.SignOffRecord(item, by, ref, record.path("at").asText()));
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put(STREAM, after);
            files.putAll(CoverageAmendment.signOffs(bundle, all));
            amendment.commit(files, "record the sign-off");
        } catch (IOException e) {
            throw BundleAmendment.unwritable(bundle, "record the sign-off", e);
        }
    }

    /** A coverage.json that is not a run's matrix (a hand-made bundle) lists an item as a key or value. */
    private static boolean listedInPlainCoverage(Path bundle, String item) {
        try {
            var node = MAPPER.readTree(bundle.resolve("coverage.json").toFile());
            return !node.has("items") && (node.has(item) || node.findValuesAsText("id").contains(item));
        } catch (IOException e) {
            return false;
        }
    }
}
