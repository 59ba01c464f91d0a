package com.axys.golive.evidence.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * An evidence bundle's streams, read back as typed lines in file order. The folder may be on disk or inside a zip
 * (a path of the JDK's zip file system, as {@code golive evidence verify} opens one): lines are read one at a time,
 * so a pack of a million calls is never held whole.
 */
public final class Bundle {

    private final Path dir;

    private Bundle(Path dir) {
        this.dir = dir;
    }

    /** The bundle in folder {@code dir} (open or closed, on disk or in a zip file system). */
    public static Bundle open(Path dir) {
        return new Bundle(Objects.requireNonNull(dir, "dir"));
    }

    public Path dir() {
        return dir;
    }

    /** Whether the bundle holds {@code stream} (a run that died early, or an older bundle, may not). */
    public boolean has(BundleStream<?> stream) {
        return Files.isRegularFile(dir.resolve(stream.file()));
    }

    /**
     * The lines of {@code stream}, lazily, in file order; blank lines are skipped. Close the stream (try with
     * resources). A line that is not a readable record fails the stream, naming file and line.
     *
     * @throws IllegalStateException when the bundle has no such file
     */
    public <T> Stream<T> lines(BundleStream<T> stream) {
        Path file = dir.resolve(stream.file());
        if (!has(stream)) {
            throw new IllegalStateException("evidence bundle " + dir + " has no " + stream.file()
                    + "; read the folder of a run (open or closed), or check it with 'golive evidence verify'");
        }
        BufferedReader reader;
        try {
            reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        AtomicLong number = new AtomicLong();
        return reader.lines().map(line -> new Object[] {number.incrementAndGet(), line})
                .filter(numbered -> !((String) numbered[1]).isBlank())
                .map(numbered -> parse(stream, (long) numbered[0], (String) numbered[1]))
                .onClose(() -> close(reader));
    }

    /** Every line of {@code stream}, or none when the bundle has no such file. For small streams only. */
    public <T> List<T> all(BundleStream<T> stream) {
        if (!has(stream)) {
            return List.of();
        }
        try (Stream<T> lines = lines(stream)) {
            return lines.toList();
        }
    }

    public Stream<CallLine> calls() {
        return lines(BundleStream.CALLS);
    }

    public Stream<ScenarioLine> scenarios() {
        return lines(BundleStream.SCENARIOS);
    }

    public Stream<TransitionLine> transitions() {
        return lines(BundleStream.TRANSITIONS);
    }

    public Stream<ErrorLine> errors() {
        return lines(BundleStream.ERRORS);
    }

    private <T> T parse(BundleStream<T> stream, long number, String line) {
        try {
            return stream.read(line);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalStateException(stream.file() + " line " + number + " of " + dir + " is not a readable"
                    + " evidence record (" + e.getClass().getSimpleName() + "); the bundle is damaged, check it"
                    + " with 'golive evidence verify'", e);
        }
    }

    private static void close(BufferedReader reader) {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
