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
    private final Path file;
    private final long recordedLines;
    private final List<Problem> problems = new ArrayList<>();
    private long lines;
    private String lastHash;
    private String hashAtRecorded;
    private byte[] tail;
    // the walk, one line at a time: nothing of the stream is kept but the hashes it needs
    private String expected;
    private boolean broken;
    private long lastSeq = Long.MIN_VALUE;
    private boolean seqBroken;

    private ChainCheck(Path file, String name, String runId, Manifest.Chain recorded) {
        this.file = file;
        this.name = name;
        this.genesis = JsonlChain.genesis(runId, name);
        this.recordedLines = recorded == null ? -1 : recorded.lines();
        this.expected = genesis;
        this.lastHash = genesis;
        this.hashAtRecorded = recordedLines == 0 ? genesis : null;
    }

    static Result check(Path file, String name, String runId, Manifest.Chain recorded, boolean complete) {
        ChainCheck check = new ChainCheck(file, name, runId, recorded);
        if (!Files.isRegularFile(file)) {
            check.problems.add(Problem.defectSentence(name, name + " is missing" + (recorded == null ? ""
                    : " (the manifest records a chain of " + recorded.lines() + " lines)")
                    + "; restore it from the original bundle"));
            return new Result(0, check.problems);
        }
        try {
            check.tail = eachLine(file, check::line);
        } catch (IOException e) {
            throw CannotRead.of(file, e);
        }
        check.tail(complete);
        check.compare(recorded, complete);
        return new Result(check.lines, check.problems);
    }

    /** Calls {@code action} with each whole line of {@code file} (without its newline); returns a last unended one. */
    static byte[] eachLine(Path file, java.util.function.Consumer<byte[]> action) throws IOException {
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream(1024);
        try (java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                int start = 0;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        line.write(buffer, start, i - start);
                        action.accept(line.toByteArray());
                        line.reset();
                        start = i + 1;
                    }
                }
                line.write(buffer, start, n - start);
            }
        }
        return line.size() > 0 ? line.toByteArray() : null;
    }

    /** Like {@link #eachLine(Path, java.util.function.Consumer)}, the last unended line given to {@code last}. */
    static void eachLine(Path file, java.util.function.Consumer<byte[]> action,
                         java.util.function.Consumer<byte[]> last) throws IOException {
        byte[] rest = eachLine(file, action);
        if (rest != null) {
            last.accept(rest);
        }
    }

    private void line(byte[] line) {
        long lineNo = ++lines;
        String hash = Hashing.sha256(line);
        JsonNode node = parse(line);
        if (!broken) {
            String why = breakIn(lineNo, line, node, expected);
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
        expected = hash;
        lastHash = hash;
        if (lineNo == recordedLines) {
            hashAtRecorded = hash;
        }
    }

    /** The line number (from 1) whose hash is {@code hash}, or 0: read again, only to name a break. */
    private long lineOf(String hash) {
        long[] at = {0, 0};
        try {
            eachLine(file, line -> {
                at[1]++;
                if (at[0] == 0 && Hashing.sha256(line).equals(hash)) {
                    at[0] = at[1];
                }
            });
        } catch (IOException e) {
            throw CannotRead.of(file, e);
        }
        return at[0];
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
        long points = lineOf(prev.asText());
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
        long lineNo = lines + 1L;
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
        long found = lines;
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

    /** The chain head after {@code lineCount} lines: the last line's hash, or the recorded line's. */
    private String headAt(long lineCount) {
        if (lineCount == lines) {
            return lastHash;
        }
        return lineCount == recordedLines && hashAtRecorded != null ? hashAtRecorded : "";
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
