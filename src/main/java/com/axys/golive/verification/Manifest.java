package com.axys.golive.verification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the verifier reads from {@code manifest.json}, in the shape {@code evidence.ManifestWriter} writes it. Parsing
 * is strict: a manifest that does not have this shape was not written by the harness, and is reported as such.
 *
 * @param abortReason why the run was cut short (Ctrl-C, a fatal error), or null: also null after a SIGKILL
 */
record Manifest(String format, String runId, boolean complete, String abortReason, Target target,
                Map<String, Chain> chains, List<ListedFile> files, Map<String, Long> counts) {

    static final String KNOWN_FORMAT = "golive-evidence/1";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern STREAM_NAME = Pattern.compile("[A-Za-z0-9_-]+\\.jsonl");

    /** The manifest's record of one hash chain: how many lines, and the SHA-256 of the last one. */
    record Chain(long lines, String head) { }

    /** What the manifest says the run was aimed at: its target's name and base URL. */
    record Target(String name, String baseUrl) { }

    /** One file the manifest lists, with the size and SHA-256 it had when the run closed. */
    record ListedFile(String path, long size, String sha256) { }

    /** Thrown with the reason a manifest is unreadable, worded to follow "manifest.json: ". */
    static final class Unreadable extends Exception {
        Unreadable(String reason) {
            super(reason);
        }
    }

    Manifest {
        chains = Map.copyOf(chains);
        files = List.copyOf(files);
        counts = Map.copyOf(counts);
    }

    static Manifest parse(byte[] json) throws Unreadable {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new Unreadable("not valid JSON (it was cut or edited after the run)");
        }
        if (root == null || !root.isObject()) {
            throw new Unreadable("not a JSON object (it was replaced after the run)");
        }
        String format = text(root, "format");
        if (!KNOWN_FORMAT.equals(format)) {
            throw new Unreadable("format '" + format + "' is not one this verifier reads (" + KNOWN_FORMAT
                    + "); verify the bundle with the golive version that wrote it");
        }
        String runId = text(root, "runId");
        JsonNode complete = root.path("complete");
        if (!complete.isBoolean()) {
            throw new Unreadable("'complete' must be true or false");
        }
        JsonNode abort = root.path("abortReason");
        JsonNode target = object(root, "target");
        return new Manifest(format, runId, complete.booleanValue(),
                abort.isTextual() ? abort.asText() : null, new Target(text(target, "name"), text(target, "baseUrl")),
                chains(root), files(root), counts(root));
    }

    private static Map<String, Chain> chains(JsonNode root) throws Unreadable {
        JsonNode node = object(root, "chains");
        Map<String, Chain> chains = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!STREAM_NAME.matcher(e.getKey()).matches()) {
                throw new Unreadable("'chains' names " + e.getKey() + ", which is not a stream of the bundle folder");
            }
            chains.put(e.getKey(), new Chain(count(e.getValue(), "lines", "chains." + e.getKey()),
                    sha256(e.getValue(), "head", "chains." + e.getKey())));
        }
        return chains;
    }

    private static List<ListedFile> files(JsonNode root) throws Unreadable {
        JsonNode node = root.get("files");
        if (node == null || !node.isArray()) {
            throw new Unreadable("'files' must be a list of {path, size, sha256}");
        }
        List<ListedFile> files = new ArrayList<>();
        for (JsonNode f : node) {
            files.add(new ListedFile(text(f, "path"), count(f, "size", "files[].size"), sha256(f, "sha256",
                    "files[].sha256")));
        }
        return files;
    }

    private static Map<String, Long> counts(JsonNode root) throws Unreadable {
        JsonNode node = object(root, "counts");
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            counts.put(e.getKey(), count(node, e.getKey(), "counts"));
        }
        return counts;
    }

    private static JsonNode object(JsonNode root, String name) throws Unreadable {
        JsonNode node = root.get(name);
        if (node == null || !node.isObject()) {
            throw new Unreadable("'" + name + "' must be an object");
        }
        return node;
    }

    private static String text(JsonNode node, String name) throws Unreadable {
        JsonNode value = node.get(name);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new Unreadable("'" + name + "' must be a non-empty string");
        }
        return value.asText();
    }

    private static long count(JsonNode node, String name, String where) throws Unreadable {
        JsonNode value = node.get(name);
        if (value == null || !value.canConvertToLong() || !value.isIntegralNumber() || value.asLong() < 0) {
            throw new Unreadable("'" + where + "." + name + "' must be a whole number of at least 0");
        }
        return value.asLong();
    }

    private static String sha256(JsonNode node, String name, String where) throws Unreadable {
        JsonNode value = node.get(name);
        if (value == null || !value.isTextual() || !SHA256.matcher(value.asText()).matches()) {
            throw new Unreadable("'" + where + "." + name + "' must be a lower-case hex SHA-256");
        }
        return value.asText();
    }
}
