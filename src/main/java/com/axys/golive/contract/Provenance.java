package com.axys.golive.contract;

import java.util.Locale;
import java.util.Map;

/** Where a fact of the contract comes from: its {@code x-source} mark. */
public enum Provenance {
    /** The public Axys documentation states it. */
    DOCUMENTED,
    /** The docs are silent or cut off; the harness chose (docs/api-decisions.md) and a staging run must confirm. */
    INFERRED;

    static final String SOURCE_KEY = "x-source";
    static final String REASON_KEY = "x-reason";

    /** The mark as written in the YAML: {@code documented} or {@code inferred}. */
    public String mark() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads the {@code x-source} of one node of the contract.
     *
     * @param extensions the node's {@code x-} extensions, may be null
     * @param where      names the node in error messages, e.g. {@code "operation getCard"}
     * @throws IllegalStateException when the mark is missing or unknown
     */
    static Provenance of(Map<String, Object> extensions, String where) {
        Object raw = extensions == null ? null : extensions.get(SOURCE_KEY);
        if (raw == null) {
            throw new IllegalStateException(ContractDocument.RESOURCE + ": " + where + " has no x-source; add"
                    + " 'x-source: documented' or 'x-source: inferred' (with an x-reason)");
        }
        for (Provenance provenance : values()) {
            if (provenance.mark().equals(raw.toString())) {
                return provenance;
            }
        }
        throw new IllegalStateException(ContractDocument.RESOURCE + ": " + where + " has x-source '" + raw
                + "'; use documented or inferred");
    }

    /**
     * The one-line {@code x-reason} of an inferred node, or {@code ""} for a documented one.
     *
     * @throws IllegalStateException when an inferred node gives no reason
     */
    static String reason(Provenance provenance, Map<String, Object> extensions, String where) {
        if (provenance == DOCUMENTED) {
            return "";
        }
        Object raw = extensions == null ? null : extensions.get(REASON_KEY);
        if (raw == null || raw.toString().isBlank()) {
            throw new IllegalStateException(ContractDocument.RESOURCE + ": " + where + " is inferred but has no"
                    + " x-reason; add a one-line 'x-reason' saying why it was assumed");
        }
        return raw.toString().strip();
    }
}
