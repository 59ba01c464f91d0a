package com.axys.golive.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A run's coverage with the sign-offs recorded in its bundle ({@code golive evidence sign-off}): each signed item's
 * block in {@code coverage.md} and its {@code signOff} in {@code coverage.json} carry the name, date and reference
 * of its latest sign-off, and both files list every sign-off recorded. The item's result stays what the run gave
 * it: a sign-off is a person's statement beside the evidence, not a result of the run.
 */
public final class SignedCoverage {

    /** One sign-off as {@code signoffs.jsonl} holds it. */
    public record SignOffRecord(String item, String by, String ref, String at) { }

    public static final String JSON_FILE = "coverage.json";
    public static final String MARKDOWN_FILE = "coverage.md";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String BLANK_BLOCK = "- Name: ______________________\n- Date: ______________________\n"
            + "- Evidence reference: ______________________\n";
    private static final String SECTION = "\n## Sign-offs recorded\n\n";
    private static final String FILLED_END = "(`signoffs.jsonl`)\n";

    private SignedCoverage() {
    }

    /** Rewrites the bundle's coverage files with {@code signOffs} (all of them, oldest first). */
    public static void apply(Path bundle, List<SignOffRecord> signOffs) {
        try {
            Path json = bundle.resolve(JSON_FILE);
            Files.writeString(json, json(Files.readString(json, StandardCharsets.UTF_8), signOffs),
                    StandardCharsets.UTF_8);
            Path md = bundle.resolve(MARKDOWN_FILE);
            if (Files.isRegularFile(md)) {
                Files.writeString(md, markdown(Files.readString(md, StandardCharsets.UTF_8), signOffs),
                        StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the signed coverage in " + bundle, e);
        }
    }

    static String json(String coverage, List<SignOffRecord> signOffs) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(coverage);
        for (JsonNode item : root.path("items")) {
            latest(signOffs, item.path("id").asText()).ifPresent(s -> ((ObjectNode) item).set("signOff",
                    JSON.createObjectNode().put("name", s.by()).put("date", s.at()).put("evidenceReference", s.ref())));
        }
        ArrayNode all = root.putArray("signOffs");
        signOffs.forEach(s -> all.addObject().put("item", s.item()).put("by", s.by()).put("ref", s.ref())
                .put("at", s.at()));
        return JSON.writeValueAsString(root) + "\n";
    }

    static String markdown(String coverage, List<SignOffRecord> signOffs) {
        int recorded = coverage.indexOf(SECTION);
        String md = recorded < 0 ? coverage : coverage.substring(0, recorded);
        for (SignOffRecord s : signOffs) {
            int heading = md.indexOf("\n### " + Markdown.code(s.item()) + " ");
            int next = heading < 0 ? -1 : md.indexOf("\n### ", heading + 1);
            int end = next < 0 ? md.length() : next;
            int block = heading < 0 ? -1 : md.indexOf("- Name: ", heading);
            if (block < 0 || block > end) {
                continue; // an item with no sign-off block (automated): listed below only
            }
            int stop = md.startsWith(BLANK_BLOCK, block) ? block + BLANK_BLOCK.length()
                    : md.indexOf(FILLED_END, block) + FILLED_END.length();
            if (stop < block || stop > end) {
                continue;
            }
            md = md.substring(0, block) + filled(latest(signOffs, s.item()).orElseThrow()) + md.substring(stop);
        }
        StringBuilder out = new StringBuilder(md.endsWith("\n") ? md : md + "\n").append(SECTION)
                .append("Recorded with `golive evidence sign-off`, oldest first, each a chained line of `signoffs.jsonl`."
                        + " A sign-off is a person's statement: the item's result above stays the run's.\n\n")
                .append(Markdown.header("Item", "By", "Reference", "At"));
        signOffs.forEach(s -> out.append(Markdown.row(List.of(Markdown.code(s.item()), Markdown.text(s.by()),
                Markdown.text(s.ref()), Markdown.text(s.at())))));
        return out.toString();
    }

    private static String filled(SignOffRecord s) {
        return "- Name: " + Markdown.text(s.by()) + "\n- Date: " + Markdown.text(s.at()) + "\n- Evidence reference: "
                + Markdown.text(s.ref()) + "\n- Signed off with `golive evidence sign-off` (`signoffs.jsonl`)\n";
    }

    private static java.util.Optional<SignOffRecord> latest(List<SignOffRecord> signOffs, String item) {
        SignOffRecord found = null;
        for (SignOffRecord s : signOffs) {
            if (s.item().equals(item)) {
                found = s;
            }
        }
        return java.util.Optional.ofNullable(found);
    }
}
