package com.axys.golive.gonogo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The launch decision from the saved preflight results and the Phase 3 bundle.
 *
 * <ul>
 *   <li>NO-GO when anything is red: a preflight FAIL; a Phase 3 FAIL; a Phase 3 MANUAL test no person signed off
 *       in the bundle (not proven); evidence that does not verify; preflight results that do not match their saved
 *       SHA-256; results from a rehearsal (a preflight or a verification not against production).</li>
 *   <li>GO WITH WARNINGS when nothing is red but a preflight WARN or a Phase 3 WARN without a sign-off stands.</li>
 *   <li>GO otherwise. A preflight SKIP does not stop a GO: {@code golive preflight} itself passes with skipped
 *       checks (its exit code is 0 for PASS, WARN or SKIP). The page still lists each skipped check with its
 *       reason.</li>
 * </ul>
 *
 * <p>A sign-off of a Phase 3 test's checklist id (e.g. {@code P3.07}) recorded with {@code golive evidence sign-off}
 * settles that test's MANUAL or WARN: a person confirmed what the harness could not show.
 */
public record GoNoGo(Decision decision, List<Finding> blockers, List<Finding> warnings, List<Finding> skipped,
                     PreflightResults preflight, Phase3Results phase3) {

    public static final String PREFLIGHT = "Preflight";
    public static final String PHASE3 = "Phase 3";
    public static final String EVIDENCE = "Evidence";

    public GoNoGo {
        Objects.requireNonNull(decision, "decision");
        blockers = List.copyOf(blockers);
        warnings = List.copyOf(warnings);
        skipped = List.copyOf(skipped);
        Objects.requireNonNull(preflight, "preflight");
        Objects.requireNonNull(phase3, "phase3");
    }

    public static GoNoGo decide(PreflightResults preflight, Phase3Results phase3) {
        List<Finding> red = new ArrayList<>();
        List<Finding> warn = new ArrayList<>();
        List<Finding> skip = new ArrayList<>();

        if (preflight.integrity() != null) {
            red.add(new Finding(EVIDENCE, "preflight results", "preflight results do not verify: "
                    + preflight.integrity(), "re-run golive preflight --save DIR against production"));
        }
        if (!preflight.againstProduction()) {
            red.add(new Finding(PREFLIGHT, "target", "preflight ran against " + preflight.target()
                    + ", not production: a rehearsal does not count for launch",
                    "run golive preflight --target production ... --save DIR"));
        }
        if (preflight.checks().isEmpty()) {
            red.add(new Finding(PREFLIGHT, "checks", "the preflight results hold no check", "re-run golive"
                    + " preflight --save DIR"));
        }
        for (PreflightResults.Check check : preflight.checks()) {
            switch (check.status()) {
                case "PASS" -> { }
                case "FAIL" -> red.add(new Finding(PREFLIGHT, check.name(), check.detail(), check.fix()));
                case "WARN" -> warn.add(new Finding(PREFLIGHT, check.name(), check.detail(), check.fix()));
                case "SKIP" -> skip.add(new Finding(PREFLIGHT, check.name(), check.detail(), ""));
                default -> red.add(new Finding(PREFLIGHT, check.name(), "unknown result '" + check.status()
                        + "'; the file was not written by golive preflight", "re-run golive preflight --save DIR"));
            }
        }

        if (!phase3.evidenceVerified()) {
            red.add(new Finding(EVIDENCE, "Phase 3 bundle", "evidence does not verify: " + phase3.evidenceLine(),
                    "run golive evidence verify " + phase3.source() + " to see why; re-run verify-production"));
        }
        if (phase3.rehearsal()) {
            red.add(new Finding(PHASE3, "target", "the verification was a rehearsal against " + phase3.target()
                    + ", not production: it proves the procedure, not the integration",
                    "run golive verify-production --confirm against production"));
        }
        if (phase3.tests().isEmpty()) {
            red.add(new Finding(PHASE3, "tests", "production-verification.json lists no test",
                    "re-run golive verify-production --confirm"));
        }
        for (Phase3Results.Test test : phase3.tests()) {
            boolean signedOff = !test.checklistId().isEmpty() && phase3.signOff(test.checklistId()).isPresent();
            switch (test.result()) {
                case "PASS" -> { }
                case "FAIL" -> red.add(new Finding(PHASE3, test.label(), test.notes(), "fix the cause and re-run"
                        + " golive verify-production --confirm"));
                case "MANUAL" -> {
                    if (!signedOff) {
                        red.add(new Finding(PHASE3, test.label(), "not proven: a person does this test and no"
                                + " sign-off is recorded in the bundle" + (test.notes().isEmpty() ? ""
                                : " (" + test.notes() + ")"), "once done, record it: golive evidence sign-off "
                                + phase3.source() + " --item " + test.checklistId() + " --by NAME --ref REF"));
                    }
                }
                case "WARN" -> {
                    if (!signedOff) {
                        warn.add(new Finding(PHASE3, test.label(), test.notes(), "confirm it by hand, then record"
                                + " it: golive evidence sign-off " + phase3.source() + " --item "
                                + test.checklistId() + " --by NAME --ref REF"));
                    }
                }
                case "PENDING" -> red.add(new Finding(PHASE3, test.label(), "pending on the target, not passed: "
                        + test.notes(), "when the identity check is completed, continue the same verification: golive"
                        + " verify-production --confirm --continue " + phase3.runId()));
                default -> red.add(new Finding(PHASE3, test.label(), "unknown result '" + test.result() + "'",
                        "re-run golive verify-production --confirm"));
            }
        }
        Decision decision = !red.isEmpty() ? Decision.NO_GO : !warn.isEmpty() ? Decision.GO_WITH_WARNINGS
                : Decision.GO;
        return new GoNoGo(decision, red, warn, skip, preflight, phase3);
    }

    /** The console's one line, e.g. "NO-GO: 2 red items: Preflight validity, Phase 3 7. Test transaction". */
    public String verdictLine() {
        return switch (decision) {
            case GO -> "GO: every preflight check and every Phase 3 test passed, and the evidence verifies"
                    + (skipped.isEmpty() ? "" : " (" + skipped.size() + " preflight check(s) skipped: "
                    + names(skipped) + ")");
            case GO_WITH_WARNINGS -> "GO WITH WARNINGS: nothing failed, but " + warnings.size() + " warning(s) stand: "
                    + names(warnings);
            case NO_GO -> "NO-GO: " + blockers.size() + " red item(s): " + names(blockers)
                    + (blockers.stream().anyMatch(b -> b.reason().startsWith("evidence does not verify"))
                    ? "; evidence does not verify" : "");
        };
    }

    private static String names(List<Finding> findings) {
        return findings.stream().map(f -> f.source() + " " + f.item()).collect(Collectors.joining(", "));
    }
}
