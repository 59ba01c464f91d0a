package com.axys.golive.preflight;

import com.axys.golive.HarnessException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs the checks in order and collects every result. A check that throws is reported as FAIL with the exception's
 * message and the others still run: one broken check must not hide what the rest found.
 */
public final class PreflightRunner {

    private PreflightRunner() { }

    /** @param target how the report names the target, e.g. {@code staging (https://…/v2)} */
    public static PreflightReport run(String target, List<PreflightCheck> checks) {
        Objects.requireNonNull(target, "target");
        List<CheckResult> results = new ArrayList<>();
        for (PreflightCheck check : checks) {
            results.add(runOne(check, List.copyOf(results)));
        }
        return new PreflightReport(target, results);
    }

    private static CheckResult runOne(PreflightCheck check, List<CheckResult> earlier) {
        try {
            return Objects.requireNonNull(check.run(earlier), "check '" + check.name() + "' returned no result");
        } catch (HarnessException expected) {
            return CheckResult.fail(check, expected.getMessage());
        } catch (RuntimeException defect) {
            return CheckResult.fail(check, "the check stopped with " + defect.getClass().getSimpleName() + ": "
                    + defect.getMessage(), "this is a harness defect, not a finding about your setup: report it with"
                    + " this line, and check this item by hand (see the runbook)");
        }
    }
}
