package com.axys.golive.gonogo;

import java.util.List;
import java.util.Objects;

/**
 * The saved results of {@code golive preflight --save}: its {@code preflight.json} as read back.
 *
 * @param source    the file read
 * @param sha256    the file's SHA-256
 * @param integrity null when the file matches the SHA-256 saved beside it, else why it cannot be trusted
 */
public record PreflightResults(String source, String sha256, String integrity, String target, List<Check> checks) {

    /** One check as PreflightJson wrote it: {@code status} is PASS, WARN, FAIL or SKIP. */
    public record Check(String name, List<String> checklistIds, String status, String detail, String fix) {

        public Check {
            Objects.requireNonNull(name, "name");
            checklistIds = List.copyOf(checklistIds);
            Objects.requireNonNull(status, "status");
            detail = detail == null ? "" : detail;
            fix = fix == null ? "" : fix;
        }
    }

    public PreflightResults {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        checks = List.copyOf(checks);
    }

    /** Preflight prints its target as "production (https://...)": only that counts for launch. */
    public boolean againstProduction() {
        return target.startsWith("production ") || target.equals("production");
    }
}
