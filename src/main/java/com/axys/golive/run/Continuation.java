package com.axys.golive.run;

import com.axys.golive.HarnessException;
import com.axys.golive.capture.ScenarioContext;
import com.axys.golive.evidence.EvidenceFiles;
import com.axys.golive.evidence.EvidenceRun;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a later run continues of an earlier one on the same real target ({@code golive run --continue RUN}): the
 * scenarios that run left pending on the target, each with the entities and facts its steps had made before the wait
 * ran out ({@code resume} in {@code scenarios.jsonl}). The later run runs those scenarios again; a step that made an
 * entity the earlier run already made adopts it instead of making another, so a KYC review or a clearing that takes
 * hours is waited for across runs, never restarted. The embedded simulator forgets everything when its run ends,
 * so only a real target can be continued.
 */
public final class Continuation {

    /** A run that continues nothing. */
    public static final Continuation NONE = new Continuation(null, "", "", Map.of());

    private final Path dir;
    private final String runId;
    private final String baseUrl;
    private final Map<String, Deque<Map<String, JsonNode>>> resumes;

    private Continuation(Path dir, String runId, String baseUrl, Map<String, Deque<Map<String, JsonNode>>> resumes) {
        this.dir = dir;
        this.runId = runId;
        this.baseUrl = baseUrl;
        this.resumes = resumes;
    }

    /**
     * Reads the pending scenarios of the bundle in {@code dir}, which must be a finished run on {@code baseUrl}.
     *
     * @throws HarnessException (usage) naming the problem and the fix: no such bundle, another target, an
     *                          unfinished run, nothing pending
     */
    public static Continuation of(Path dir, String baseUrl) {
        Path manifestFile = dir.resolve(EvidenceFiles.MANIFEST);
        if (!Files.isRegularFile(manifestFile)) {
            throw usage("--continue: " + dir + " is not an evidence bundle (no " + EvidenceFiles.MANIFEST + "); give"
                    + " the run id of an earlier run under the evidence folder, or the path of its bundle");
        }
        JsonNode manifest = read(manifestFile);
        String runId = manifest.path("runId").asText(dir.getFileName().toString());
        String earlierUrl = manifest.path("target").path("baseUrl").asText("");
        if (manifest.path("target").path("name").asText().equals("simulator")) {
            throw usage("--continue: run " + runId + " ran on the embedded simulator, which forgot its entities when"
                    + " that run ended; only a run on a real target (staging, a standalone 'golive simulator') can be"
                    + " continued");
        }
        if (!sameTarget(earlierUrl, baseUrl)) {
            throw usage("--continue: run " + runId + " ran against " + earlierUrl + ", not " + baseUrl + "; its"
                    + " entities exist only there: aim this run at the same target (--target " + earlierUrl + ")");
        }
        Map<String, Deque<Map<String, JsonNode>>> resumes = new LinkedHashMap<>();
        for (JsonNode line : lines(dir.resolve(EvidenceFiles.SCENARIOS))) {
            if (line.path("status").asText().equals(PendingOnTarget.STATUS)) {
                Map<String, JsonNode> carried = new LinkedHashMap<>();
                line.path("resume").properties().forEach(e -> carried.put(e.getKey(), e.getValue()));
                resumes.computeIfAbsent(key(line.path("feature").asText(), line.path("scenario").asText()),
                        k -> new ArrayDeque<>()).add(carried);
            }
        }
        if (resumes.isEmpty()) {
            throw usage("--continue: run " + runId + " left no scenario pending on the target, so there is"
                    + " nothing to continue; start a new run without --continue");
        }
        return new Continuation(dir, runId, earlierUrl, resumes);
    }

    /** The bundle {@code --continue RUN} names: a folder path, or a run id under {@code evidenceRoot}. */
    public static Path bundle(String run, Path evidenceRoot) {
        return bundle("--continue", run, evidenceRoot);
    }

    /** The bundle {@code run} names for {@code option}: a folder, or a run id under {@code evidenceRoot}. */
    public static Path bundle(String option, String run, Path evidenceRoot) {
        Path given = Path.of(run);
        if (Files.isDirectory(given)) {
            return given;
        }
        if (run.contains("/") || run.contains("\\") || run.startsWith(".")) {
            throw usage(option + ": no bundle at " + run + "; give the run id printed by the earlier run (its"
                    + " folder name under " + evidenceRoot + ") or the path of its bundle");
        }
        Path underRoot = evidenceRoot.resolve(run);
        if (!Files.isDirectory(underRoot)) {
            throw usage(option + ": no run " + run + " under " + evidenceRoot + "; give the run id the earlier run"
                    + " printed, and the same --evidence folder");
        }
        return underRoot;
    }

    public boolean isEmpty() {
        return resumes.isEmpty();
    }

    /** The earlier run's bundle folder (empty for {@link #NONE}). */
    public Optional<Path> bundle() {
        return Optional.ofNullable(dir);
    }

    /** The earlier run's id. */
    public String runId() {
        return runId;
    }

    /** How many scenarios the earlier run left pending. */
    public int pending() {
        return resumes.values().stream().mapToInt(Deque::size).sum();
    }

    /** Whether the earlier run left {@code name} of {@code feature} pending: the scenarios this run selects. */
    public boolean continues(String feature, String name) {
        return resumes.containsKey(key(feature, name));
    }

    /** The scenarios this run selects, as feature and name keys. */
    Set<String> keys() {
        return resumes.keySet();
    }

    /**
     * What the earlier run's steps carried for {@code scenario} (the next one of that name, in order), if it left
     * that scenario pending. Each is handed out once.
     */
    synchronized Optional<Map<String, JsonNode>> take(ScenarioContext scenario) {
        Deque<Map<String, JsonNode>> left = resumes.get(key(scenario.feature(), scenario.name()));
        return left == null || left.isEmpty() ? Optional.empty() : Optional.of(left.poll());
    }

    private static String key(String feature, String name) {
        return ScenarioContext.key(feature, name);
    }

    /** Same scheme, host (any case, without a trailing dot), port and path. */
    static boolean sameTarget(String a, String b) {
        return com.axys.golive.config.AxysHost.sameBaseUrl(a, b);
    }

    private static List<JsonNode> lines(Path file) {
        try {
            List<JsonNode> out = new java.util.ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    out.add(EvidenceRun.MAPPER.readTree(line));
                }
            }
            return out;
        } catch (IOException e) {
            throw usage("--continue: " + file + " is not readable (" + e.getClass().getSimpleName() + "); check the"
                    + " bundle with 'golive evidence verify'");
        }
    }

    private static JsonNode read(Path file) {
        try {
            return EvidenceRun.MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw usage("--continue: " + file + " is not readable (" + e.getClass().getSimpleName() + "); check the"
                    + " bundle with 'golive evidence verify'");
        }
    }

    private static HarnessException usage(String message) {
        return new HarnessException(HarnessException.Category.USAGE, message);
    }
}
