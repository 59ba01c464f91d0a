package com.axys.golive.reconciliation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a bundle's reconciliation flagged for review (a balance that did not move by the purchases and fees, a transfer
 * made twice, a fee without a transaction), read back from {@code reconciliation.json} so that the summary and the
 * run's outcome show it. A bundle without the file has none.
 */
public final class ReconciliationFindings {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReconciliationFindings() {
    }

    /** The flags of {@code bundleDir}'s reconciliation, in order; empty when it has no reconciliation.json. */
    public static List<String> read(Path bundleDir) {
        Path file = bundleDir.resolve(ReconciliationWriter.FILES.get(0));
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            List<String> flags = new ArrayList<>();
            JsonNode json = JSON.readTree(file.toFile());
            json.path("flags").forEach(flag -> flags.add(flag.asText()));
            return List.copyOf(flags);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " for its findings; check the bundle with"
                    + " 'golive evidence verify'", e);
        }
    }
}
