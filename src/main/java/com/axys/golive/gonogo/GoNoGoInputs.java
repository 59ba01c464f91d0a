package com.axys.golive.gonogo;

import com.axys.golive.HarnessException;
import com.axys.golive.HarnessException.Category;
import com.axys.golive.checklist.Checklist;
import com.axys.golive.evidence.EvidenceFiles;
import com.axys.golive.evidence.Hashing;
import com.axys.golive.launch.VerificationTableText;
import com.axys.golive.verification.BundleVerifier;
import com.axys.golive.verification.SignOffLog;
import com.axys.golive.verification.VerificationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the go/no-go inputs. A missing or unreadable file, or a folder that is not what it should be, is bad input
 * (HarnessException, USAGE, with the fix); a bundle that exists but does not verify is not: the page says so.
 */
public final class GoNoGoInputs {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoNoGoInputs() {
    }

    /** {@code path} is the folder {@code preflight --save} wrote, or its {@value SavedPreflight#FILE}. */
    public static PreflightResults readPreflight(Path path) {
        Path file = Files.isDirectory(path) ? path.resolve(SavedPreflight.FILE) : path;
        if (!Files.isRegularFile(file)) {
            throw new HarnessException(Category.USAGE, "--preflight " + path + ": " + (Files.exists(path)
                    ? "no " + SavedPreflight.FILE + " in that folder" : "no such file or folder")
                    + "; give the folder written by 'golive preflight --save DIR' (or its " + SavedPreflight.FILE + ")");
        }
        byte[] bytes = read(file, "--preflight");
        JsonNode root = parse(bytes, file, "--preflight", "is not preflight results");
        if (!root.path("checks").isArray() || !root.path("target").isTextual()) {
            throw new HarnessException(Category.USAGE, "--preflight " + file + " is not preflight results (no"
                    + " 'target' and 'checks'); give the folder written by 'golive preflight --save DIR'");
        }
        List<PreflightResults.Check> checks = new ArrayList<>();
        for (JsonNode c : root.path("checks")) {
            List<String> ids = new ArrayList<>();
            c.path("checklistIds").forEach(id -> ids.add(id.asText()));
            checks.add(new PreflightResults.Check(c.path("check").asText("?"), ids, c.path("result").asText("?"),
                    c.path("detail").asText(""), c.path("fix").isNull() ? "" : c.path("fix").asText("")));
        }
        String sha = Hashing.sha256(bytes);
        return new PreflightResults(file.toString(), sha, integrity(file, sha), root.path("target").asText(),
                checks);
    }

    /** Null when {@code file}'s SHA-256 matches the one saved beside it, else why not. */
    private static String integrity(Path file, String sha) {
        Path saved = file.resolveSibling(SavedPreflight.SHA_FILE);
        if (!Files.isRegularFile(saved)) {
            return "no " + SavedPreflight.SHA_FILE + " beside " + file.getFileName() + ", so they cannot be checked";
        }
        String line = new String(read(saved, "--preflight"), StandardCharsets.UTF_8).strip();
        String expected = line.split("\\s+", 2)[0];
        return expected.equalsIgnoreCase(sha) ? null : file.getFileName() + " has SHA-256 " + sha + " but "
                + SavedPreflight.SHA_FILE + " says " + expected + " (changed after it was saved)";
    }

    /** {@code bundle} is the folder of a {@code golive verify-production} run, evidence/&lt;run-id&gt;/. */
    public static Phase3Results readProduction(Path bundle) {
        String fix = "; give the folder of a 'golive verify-production' run, evidence/<run-id>/";
        if (!Files.isDirectory(bundle)) {
            throw new HarnessException(Category.USAGE, "--production " + bundle + ": " + (Files.exists(bundle)
                    ? "not a folder (unpack a zipped pack first)" : "no such folder") + fix);
        }
        if (!Files.isRegularFile(bundle.resolve(EvidenceFiles.MANIFEST))) {
            throw new HarnessException(Category.USAGE, "--production " + bundle + " is not an evidence bundle (no "
                    + EvidenceFiles.MANIFEST + ")" + fix);
        }
        Path table = bundle.resolve(VerificationTableText.JSON_FILE);
        if (!Files.isRegularFile(table)) {
            throw new HarnessException(Category.USAGE, "--production " + bundle + " is not a production verification"
                    + " (no " + VerificationTableText.JSON_FILE + "; 'golive run' bundles have none)" + fix);
        }
        JsonNode root = parse(read(table, "--production"), table, "--production", "is not a pass-criteria table");
        if (!root.path("tests").isArray()) {
            throw new HarnessException(Category.USAGE, "--production " + table + " has no 'tests'" + fix);
        }
        List<Phase3Results.Test> tests = new ArrayList<>();
        for (JsonNode t : root.path("tests")) {
            tests.add(new Phase3Results.Test(t.path("test").asInt(), t.path("checklistId").asText(""),
                    t.path("name").asText(""), t.path("passCriteria").asText(""), t.path("result").asText("?"),
                    t.path("notes").asText("")));
        }
        VerificationReport verified = new BundleVerifier().verify(bundle);
        return new Phase3Results(bundle.toString(), root.path("runId").asText(""), root.path("target").asText(""),
                root.path("baseUrl").asText(""), root.path("rehearsal").asBoolean(true), tests, verified.verified(),
                verified.verdictLine(), signOffs(bundle));
    }

    /** The Phase 4 items of the pre-launch and go-live sections, with the bundle's sign-offs. */
    public static List<Phase4Item> phase4(Phase3Results phase3) {
        return Checklist.load().phase(4).stream().filter(i -> !i.section().startsWith("Post-launch"))
                .map(i -> new Phase4Item(i.id(), i.section(), i.text(), i.automation().label(),
                        phase3.signOff(i.id()).orElse(null))).toList();
    }

    private static List<Phase3Results.SignOffRecord> signOffs(Path bundle) {
        Path file = bundle.resolve(SignOffLog.STREAM);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<Phase3Results.SignOffRecord> records = new ArrayList<>();
        for (String line : new String(read(file, "--production"), StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode r = parse(line.getBytes(StandardCharsets.UTF_8), file, "--production", "has a line that is not"
                    + " a sign-off");
            if ("sign-off".equals(r.path("type").asText())) {
                records.add(new Phase3Results.SignOffRecord(r.path("item").asText(), r.path("by").asText(),
                        r.path("ref").asText(), r.path("at").asText()));
            }
        }
        return records;
    }

    private static byte[] read(Path file, String flag) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new HarnessException(Category.USAGE, flag + " " + file + " cannot be read ("
                    + e.getClass().getSimpleName() + "); check it exists and you may read it");
        }
    }

    private static JsonNode parse(byte[] bytes, Path file, String flag, String what) {
        try {
            JsonNode node = JSON.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new IOException("not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new HarnessException(Category.USAGE, flag + " " + file + " " + what + " (not valid JSON); give"
                    + " the file the harness wrote, unedited");
        }
    }
}
