package com.axys.golive.launch;

import com.axys.golive.runner.TagPolicy;
import com.axys.golive.runner.TagSelection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The only tag expressions {@code golive verify-production} runs, built here from constants and never from user
 * input: the Phase 3 checklist tags, and only {@code @production-safe} scenarios that are neither
 * {@code @simulator-only} nor work in progress ({@code @wip}). {@link ProductionGuard} proves each of them safe.
 */
public final class VerificationTags {

    public static final String PRODUCTION_SAFE = TagPolicy.PRODUCTION_SAFE;
    public static final String SIMULATOR_ONLY = TagPolicy.SIMULATOR_ONLY;
    public static final String WIP = "@wip";

    private static final String SAFE = " and " + PRODUCTION_SAFE + " and not " + SIMULATOR_ONLY + " and not " + WIP;

    private VerificationTags() {
    }

    /** Test 1 alone, the gate: nothing is created in production unless authentication works. */
    public static String authTest() {
        return of(List.of(1));
    }

    /** Tests 2-8: the ones that create the test cardholder and card. */
    public static String afterAuth() {
        return of(List.of(2, 3, 4, 5, 6, 7, 8));
    }

    /** Tests 1-8. */
    public static String all() {
        return of(List.of(1, 2, 3, 4, 5, 6, 7, 8));
    }

    /** {@code expression} (one of the above) as a selection whose rules make it production-safe by construction. */
    public static TagSelection selection(String expression) {
        return TagSelection.of(expression, List.of(new TagSelection.Rule(PRODUCTION_SAFE, true),
                new TagSelection.Rule(SIMULATOR_ONLY, false), new TagSelection.Rule(WIP, false)));
    }

    private static String of(List<Integer> tests) {
        return tests.stream().map(n -> VerificationPlan.test(n).tag())
                .collect(Collectors.joining(" or ", "(", ")")) + SAFE;
    }
}
