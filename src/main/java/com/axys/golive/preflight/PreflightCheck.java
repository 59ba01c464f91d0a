package com.axys.golive.preflight;

import java.util.List;

/**
 * One automated Phase 2 check. It reports what it found as a {@link CheckResult}, never by throwing: a check that
 * throws anyway is reported as FAIL by {@link PreflightRunner}, and the others still run.
 */
public interface PreflightCheck {

    /** Short name for the table, e.g. {@code key matches certificate}. */
    String name();

    /** The checklist items it proves (ids of {@code checklist/launch-checklist.yaml}), e.g. {@code P2.CERT.04}. */
    List<String> checklistIds();

    /**
     * @param earlier the results of the checks that ran before this one, in order (the auth test reads the FCrDNS
     *                result to tell the two causes of a 403 apart)
     */
    CheckResult run(List<CheckResult> earlier);
}
