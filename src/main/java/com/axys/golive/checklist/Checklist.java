package com.axys.golive.checklist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The launch runbook as data ({@code checklist/launch-checklist.yaml}): every item of its four phases in runbook
 * order. Immutable and thread-safe; {@link #load()} parses and validates once.
 */
public final class Checklist {

    public static final String RESOURCE = "checklist/launch-checklist.yaml";

    private static final Object LOCK = new Object();
    private static volatile Checklist loaded;

    private final List<ChecklistPhase> phases;
    private final List<ChecklistItem> items;
    private final Map<String, ChecklistItem> byId;

    Checklist(List<ChecklistPhase> phases, List<ChecklistItem> items) {
        this.phases = List.copyOf(phases);
        this.items = List.copyOf(items);
        Map<String, ChecklistItem> index = new LinkedHashMap<>();
        items.forEach(item -> index.put(item.id(), item));
        this.byId = Collections.unmodifiableMap(index);
    }

    /**
     * The shipped checklist, parsed on first use and shared afterwards.
     *
     * @throws IllegalStateException when the resource is missing or malformed; the message names the entry
     */
    public static Checklist load() {
        Checklist checklist = loaded;
        if (checklist == null) {
            synchronized (LOCK) {
                checklist = loaded;
                if (checklist == null) {
                    checklist = parse(readResource());
                    loaded = checklist;
                }
            }
        }
        return checklist;
    }

    static Checklist parse(String yaml) {
        return new ChecklistReader(RESOURCE).read(Objects.requireNonNull(yaml, "yaml"));
    }

    /** Every item, in runbook order. */
    public List<ChecklistItem> items() {
        return items;
    }

    public Optional<ChecklistItem> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The items of one phase, in runbook order. */
    public List<ChecklistItem> phase(int phase) {
        if (phase < 1 || phase > 4) {
            throw new IllegalArgumentException("phase " + phase + " does not exist; the runbook has phases 1-4");
        }
        return items.stream().filter(item -> item.phase() == phase).toList();
    }

    /** The four phases with their titles. */
    public List<ChecklistPhase> phases() {
        return phases;
    }

    private static String readResource() {
        try (InputStream in = Checklist.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("checklist resource '" + RESOURCE + "' is not on the classpath;"
                        + " it ships in src/main/resources/checklist, rebuild the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read checklist resource '" + RESOURCE + "'", e);
        }
    }
}
