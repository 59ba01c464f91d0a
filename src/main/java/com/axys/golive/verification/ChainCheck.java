package com.axys.golive.verification;

import com.axys.golive.evidence.EvidenceFiles;
import com.axys.golive.evidence.Hashing;
import com.axys.golive.evidence.JsonlChain;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Walks one JSONL stream from its genesis: every line must be a JSON object whose {@code prevHash} is the SHA-256
 * of the line before, and the chain must reach what the manifest recorded. Reports the first broken line only (all
 * later lines break with it). In {@code calls.jsonl} the call {@code seq} must also strictly increase.
 *
 * <p>For an incomplete bundle the manifest was written before the run died, so the stream may hold more lines than
 * it records; those lines must still extend the recorded head. A last line without its newline is what a kill
 * leaves behind there, and is tolerated as a note.
 */
final class ChainCheck {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** How many whole lines the stream holds, and what is wrong with it. */
    record Result(long lines, List<Problem> problems) {
        Result {
            problems = List.copyOf(problems);
        }
    }

    private final String name;
    private final String genesis;
    private final List<byte[]> lines = new ArrayList<>();
    private final List<String> hashes = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private byte[] tail;

    private ChainCheck(String name, String runId) {
        this.name = name;
        this.genesis = JsonlChain.genesis(runId, name);
    }

    static Result check(Path file, String name, String runId, Manifest.Chain recorded, boolean complete) {
        ChainCheck check = new ChainCheck(name, runId);
        if (!Files.isRegularFile(file)) {
            check.problems.add(Problem.defectSentence(name, name + " is missing" + (recorded == null ? ""
                    : " (the manifest records a chain of " + recorded.lines() + " lines)")
                    + "; restore it from the original bundle"));
            return new Result(0, check.problems);
        }
        try {
            check.split(Files.readAllBytes(file));
        } catch (IOException e) {
            throw CannotRead.of(file, e);
        }
        check.walk();
        check.tail(complete);
        check.compare(recorded, complete);
        return new Result(check.lines.size(), check.problems);
    }

    private void split(byte[] bytes) {
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                byte[] line = Arrays.copyOfRange(bytes, start, i);
                lines.add(line);
                hashes.add(Hashing.sha256(line));
                start = i + 1;
            }
        }
        tail = start < bytes.length ? Arrays.copyOfRange(bytes, start, bytes.length) : null;
    }

    private void walk() {
        String expected = genesis;
        boolean broken = false;
        long lastSeq = Long.MIN_VALUE;
        boolean seqBroken = false;
        for (int i = 0; i < lines.size(); i++) {
            long lineNo = i + 1L;
            JsonNode node = parse(lines.get(i));
            if (!broken) {
                String why = breakIn(lineNo, lines.get(i), node, expected);
                if (why != null) {
                    problems.add(Problem.defect(name, lineNo, why));
                    broken = true;
                }
            }
            if (name.equals(EvidenceFiles.CALLS) && node != null && !seqBroken) {
                JsonNode seq = node.path("seq");
                if (!seq.isIntegralNumber()) {
                    problems.add(Problem.defect(name, lineNo, "has no call number 'seq' (the line was altered)"));
                    seqBroken = true;
                } else if (seq.asLong() <= lastSeq) {
                    problems.add(Problem.defect(name, lineNo, "seq " + seq.asLong() + " does not follow seq " + lastSeq
                            + " (call numbers strictly increase; lines were reordered or altered)"));
                    seqBroken = true;
                } else {
                    lastSeq = seq.asLong();
                }
            }
            expected = hashes.get(i);
        }
    }

    /** Why line {@code lineNo} does not extend the chain, or null when it does. */
    private String breakIn(long lineNo, byte[] line, JsonNode node, String expected) {
        if (line.length == 0) {
            return "is empty (a line was removed or a newline added after the run)";
        }
        if (node == null) {
            return "is not a JSON object (the line was altered or cut after the run)";
        }
        JsonNode prev = node.get("prevHash");
        if (prev == null || !prev.isTextual()) {
            return "has no prevHash (the line was altered or replaced after the run)";
        }
        if (prev.asText().equals(expected)) {
            return null;
        }
        long points = hashes.indexOf(prev.asText()) + 1L;
        if (lineNo == 1) {
            return points > 0 ? "prevHash is not the run's genesis hash but that of line " + points
                    + " (lines were reordered)" : "prevHash is not the genesis hash of this run (the first line was"
                    + " removed or replaced, or the manifest's runId was changed)";
        }
        long previous = lineNo - 1;
        if (points >= lineNo) {
            return "prevHash does not match line " + previous + " but line " + points + " (lines were reordered)";
        }
        if (points > 0) {
            return "prevHash does not match line " + previous + " but line " + points + " (a line was inserted"
                    + " after line " + points + ", or lines were reordered)";
        }
        return "prevHash does not match line " + previous + " (a line was removed, reordered or altered)";
    }

    private void tail(boolean complete) {
        if (tail == null) {
            return;
        }
        long lineNo = lines.size() + 1L;
        boolean whole = parse(tail) != null;
        if (!complete && !whole) {
            problems.add(Problem.note(name, lineNo, "last line cut off by the kill (ignored)"));
        } else if (complete) {
            problems.add(Problem.defect(name, lineNo, "has no newline at its end (the file was cut or edited"
                    + " after the run)"));
        } else {
            problems.add(Problem.defect(name, lineNo, "is whole JSON but has no newline; the harness ends every"
                    + " line it writes, so this was edited after the run"));
        }
    }

    private void compare(Manifest.Chain recorded, boolean complete) {
        long found = lines.size();
        if (recorded == null) {
            problems.add(Problem.defectSentence(name, "manifest.json records no chain for " + name
                    + " (the manifest was edited)"));
        } else if (complete && found < recorded.lines()) {
            problems.add(Problem.defect(name, "manifest says " + recorded.lines() + " lines, found " + found
                    + " (lines were removed)"));
        } else if (complete && found > recorded.lines()) {
            problems.add(Problem.defect(name, recorded.lines() + 1, "manifest says " + recorded.lines() + " lines,"
                    + " found " + found + " (lines were added after the run, from here on)"));
        } else if (complete && !headAt(found).equals(recorded.head())) {
            problems.add(Problem.defect(name, found, "hash differs from the manifest's chain head (the last line was"
                    + " altered or replaced)"));
        } else if (!complete && found < recorded.lines()) {
            problems.add(Problem.defect(name, "manifest says at least " + recorded.lines() + " lines (as of its last"
                    + " update), found " + found + " (lines were removed)"));
        } else if (!complete && !headAt(recorded.lines()).equals(recorded.head())) {
            problems.add(Problem.defect(name, recorded.lines(), "hash differs from the chain head the manifest recorded"
                    + " at its last update (lines up to here were altered)"));
        }
    }

    private String headAt(long lineCount) {
        return lineCount == 0 ? genesis : hashes.get((int) lineCount - 1);
    }

    private static JsonNode parse(byte[] line) {
        try {
            JsonNode node = MAPPER.readTree(line);
            return node != null && node.isObject() ? node : null;
        } catch (IOException notJson) {
            return null;
        }
    }
}
