package com.axys.golive.gonogo;

import java.util.Objects;

/**
 * One red item or warning on the page.
 *
 * @param source "Preflight", "Phase 3" or "Evidence"
 * @param item   the check or test, e.g. "validity" or "8. Transaction retrieval"
 * @param reason what was found (the check's own message)
 * @param fix    what to do about it; empty when the source gave none
 */
public record Finding(String source, String item, String reason, String fix) {

    public Finding {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(item, "item");
        reason = reason == null ? "" : reason;
        fix = fix == null ? "" : fix;
    }

    /** "Preflight validity: expired on ... (fix: ...)". */
    public String line() {
        return source + " " + item + ": " + reason + (fix.isEmpty() ? "" : " (fix: " + fix + ")");
    }
}
