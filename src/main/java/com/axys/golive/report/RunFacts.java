package com.axys.golive.report;

import com.axys.golive.checklist.ChecklistItem;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the reports say about a run that its JSONL streams do not: where it ran, with which Program features and
 * certificate, when, and with which tool. The session builds it at close; it holds no secret (no key, no API key).
 *
 * @param runId           the bundle's folder name, e.g. {@code 20261126T105500Z-staging-3f9a1c}
 * @param targetName      {@code simulator}, {@code staging}, {@code production} or {@code custom}
 * @param baseUrl         the base URL the calls went to
 * @param simulator       true when the target was the embedded simulator: the reports then say the run proves
 *                        nothing about staging
 * @param programFeatures the enabled Program features ({@code physical}, {@code 3ds}, {@code bank},
 *                        {@code wallets}); items conditional on any other are "not applicable"
 * @param certificate     the client certificate's public facts, or null when the run had none
 * @param toolVersion     the harness version, e.g. {@code 0.1.0} or {@code dev}
 * @param endedAt         when the reports were written (the run's end), not before {@code startedAt}
 */
public record RunFacts(String runId, String targetName, String baseUrl, boolean simulator,
                       Set<String> programFeatures, CertificateFacts certificate, String toolVersion,
                       Instant startedAt, Instant endedAt) {

    public RunFacts {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(targetName, "targetName");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(endedAt, "endedAt");
        programFeatures = Set.copyOf(Objects.requireNonNull(programFeatures, "programFeatures"));
        for (String feature : programFeatures) {
            if (!ChecklistItem.APPLICABILITIES.contains(feature)) {
                throw new IllegalArgumentException("program feature '" + feature + "' is not one of "
                        + new TreeSet<>(ChecklistItem.APPLICABILITIES) + "; pass Capability.tag() values");
            }
        }
        if (endedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("run " + runId + " ends (" + endedAt + ") before it starts ("
                    + startedAt + "); pass the session's start and the clock's current instant");
        }
    }

    /** True when the target was Axys staging, the environment whose activity the compliance auditor reviews. */
    public boolean staging() {
        return !simulator && targetName.equals("staging");
    }

    /** The enabled features, sorted, for display. */
    public TreeSet<String> sortedFeatures() {
        return new TreeSet<>(programFeatures);
    }
}
