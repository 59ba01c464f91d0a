package com.axys.golive.verification;

import com.axys.golive.evidence.EvidenceFiles;
import com.axys.golive.evidence.Hashing;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code campaign.json}, at the top of a campaign pack: which runs it holds, in campaign order (earliest start first),
 * each with its folder, target, start and end, the SHA-256 of its {@code manifest.json} and the verdict it had when
 * packed. The manifest hash ties the record to each member: as a manifest lists every file's SHA-256 and every
 * chain's head, a member swapped for another run, or edited, no longer matches. It holds nothing a member's manifest
 * does not already say (no secret, no time of packing: the same runs give the same bytes).
 */
final class CampaignRecord {

    static final String FILE = "campaign.json";
    static final String FORMAT = "golive-campaign/1";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** One member run, as its manifest says, with its manifest's SHA-256. */
    record Run(String id, String folder, String targetName, String baseUrl, String startedAt, String endedAt,
               String manifestSha256, String verdict) {

        /** What {@code folder}'s manifest (read from {@code dir}) says of the run; verdict as given. */
        static Run of(Path dir, String folder, Verdict verdict) {
            Path file = dir.resolve(EvidenceFiles.MANIFEST);
            try {
                byte[] bytes = Files.readAllBytes(file);
                Manifest manifest = Manifest.parse(bytes);
                JsonNode raw = MAPPER.readTree(bytes);
                return new Run(manifest.runId(), folder, manifest.target().name(), manifest.target().baseUrl(),
                        text(raw, "startedAt"), text(raw, "endedAt"), Hashing.sha256(bytes),
                        verdict == null ? null : verdict.name());
            } catch (IOException e) {
                throw CannotRead.of(file, e);
            } catch (Manifest.Unreadable e) {
                throw new IllegalStateException(file + ": " + e.getMessage(), e);
            }
        }

        /** The same run with the same manifest, whatever the verdict recorded. */
        boolean sameRun(Run other) {
            return id.equals(other.id) && folder.equals(other.folder) && targetName.equals(other.targetName)
                    && baseUrl.equals(other.baseUrl) && java.util.Objects.equals(startedAt, other.startedAt)
                    && java.util.Objects.equals(endedAt, other.endedAt) && manifestSha256.equals(other.manifestSha256);
        }
    }

    private CampaignRecord() {
    }

    static byte[] write(List<Run> runs) {
        ObjectNode root = MAPPER.createObjectNode().put("format", FORMAT);
        root.putObject("target").put("name", runs.get(0).targetName()).put("baseUrl", runs.get(0).baseUrl());
        ArrayNode list = root.putArray("runs");
        for (Run r : runs) {
            ObjectNode n = list.addObject().put("id", r.id()).put("folder", r.folder());
            n.putObject("target").put("name", r.targetName()).put("baseUrl", r.baseUrl());
            n.put("startedAt", r.startedAt()).put("endedAt", r.endedAt()).put("manifestSha256", r.manifestSha256())
                    .put("verdict", r.verdict());
        }
        try {
            return (MAPPER.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + FILE + ": " + e.getOriginalMessage(), e);
        }
    }

    /** The runs {@code campaign.json} lists; throws {@link Manifest.Unreadable} worded to follow "campaign.json: ". */
    static List<Run> parse(byte[] json) throws Manifest.Unreadable {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new Manifest.Unreadable("not valid JSON (it was cut or edited after packing)");
        }
        if (root == null || !root.isObject() || !FORMAT.equals(text(root, "format"))) {
            throw new Manifest.Unreadable("not a " + FORMAT + " record (it was replaced after packing, or another"
                    + " golive version wrote it)");
        }
        JsonNode runs = root.get("runs");
        if (runs == null || !runs.isArray() || runs.isEmpty()) {
            throw new Manifest.Unreadable("'runs' must be a non-empty list of the pack's runs");
        }
        List<Run> out = new ArrayList<>();
        for (JsonNode n : runs) {
            String id = text(n, "id");
            String folder = text(n, "folder");
            String sha = text(n, "manifestSha256");
            JsonNode target = n.path("target");
            if (id == null || folder == null || folder.contains("/") || folder.startsWith(".")
                    || sha == null || !SHA256.matcher(sha).matches()
                    || text(target, "name") == null || text(target, "baseUrl") == null) {
                throw new Manifest.Unreadable("every entry of 'runs' needs an id, a plain folder name, a target"
                        + " and a lower-case hex manifestSha256 (the record was edited after packing)");
            }
            out.add(new Run(id, folder, text(target, "name"), text(target, "baseUrl"), text(n, "startedAt"),
                    text(n, "endedAt"), sha, text(n, "verdict")));
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isTextual() || value.asText().isBlank() ? null : value.asText();
    }
}
