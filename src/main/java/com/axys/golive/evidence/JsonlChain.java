package com.axys.golive.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * An append-only JSONL file whose every record carries {@code prevHash}: the SHA-256 of the previous line's bytes
 * (for the first line, of {@code "golive:<run id>:<file name>"}). Each record is written with one write call and
 * flushed to the operating system at once, so a killed process leaves whole lines only; altering, removing or
 * reordering a line breaks the chain from that line on. A write that fails (a full disk) is cut back to the last
 * whole line, and the chain takes no further record: what was written stays a valid chain.
 */
public final class JsonlChain implements AutoCloseable {

    private final Path file;
    private final ObjectMapper mapper;
    private final FileOutputStream out;
    private String head;
    private long lines;
    private long bytes;
    private IOException broken;

    public JsonlChain(Path file, String runId, ObjectMapper mapper) {
        this.file = file;
        this.mapper = mapper;
        this.head = genesis(runId, file.getFileName().toString());
        try {
            this.out = new FileOutputStream(OwnerOnly.createFile(file).toFile(), false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create evidence file " + file, e);
        }
    }

    /** The hash the first record of {@code fileName} in run {@code runId} must carry as prevHash. */
    public static String genesis(String runId, String fileName) {
        return Hashing.sha256(("golive:" + runId + ":" + fileName).getBytes(StandardCharsets.UTF_8));
    }

    /** Appends {@code record} (its {@code prevHash} is set here) and returns the new head hash. */
    public synchronized String append(ObjectNode record) {
        record.put("prevHash", head);
        byte[] line;
        try {
            line = mapper.writeValueAsBytes(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("evidence record cannot be serialised: " + e.getOriginalMessage(), e);
        }
        byte[] withNewline = new byte[line.length + 1];
        System.arraycopy(line, 0, withNewline, 0, line.length);
        withNewline[line.length] = '\n';
        if (broken != null) {
            throw new UncheckedIOException("evidence file " + file + " took no record since a write failed", broken);
        }
        try {
            out.write(withNewline);
            out.flush();
        } catch (IOException e) {
            broken = e;
            cutBack();
            throw new UncheckedIOException("cannot write evidence file " + file, e);
        }
        head = Hashing.sha256(line);
        lines++;
        bytes += withNewline.length;
        return head;
    }

    /** Removes the part of a record a failed write left, so the file ends with its last whole line. */
    private void cutBack() {
        try {
            out.getChannel().truncate(bytes);
        } catch (IOException e) {
            broken.addSuppressed(e); // the verifier reads a cut-off last line of an incomplete bundle as such
        }
    }

    public synchronized String head() {
        return head;
    }

    public synchronized long lines() {
        return lines;
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() {
        try {
            out.getFD().sync();
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close evidence file " + file, e);
        }
    }
}
