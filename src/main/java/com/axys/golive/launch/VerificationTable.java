package com.axys.golive.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The runbook's Phase 3 pass-criteria table for one run: a row per test (1-8) with its result and notes, and the
 * entities the run created for cleanup. Built from the bundle's scenario outcomes and calls and from what the steps
 * observed ({@link VerificationFacts}); holds ids and hosts only.
 *
 * @param rehearsal true when the target was not production: the table proves the procedure, not production
 * @param simulator true when the target was the embedded simulator (nothing to clean up)
 * @param continues the run this one continued ({@code verify-production --continue}), or null: the rows of the tests
 *                  this run did not repeat are that run's, and say so
 */
public record VerificationTable(String runId, String targetName, String baseUrl, boolean rehearsal,
                                boolean simulator, List<VerificationRow> rows, List<CreatedEntity> created,
                                String continues) {

    private static final int FAILURE_NOTE_LENGTH = 160;

    public VerificationTable {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(targetName, "targetName");
        Objects.requireNonNull(baseUrl, "baseUrl");
        rows = List.copyOf(rows);
        created = List.copyOf(created);
    }

    /** Judges each test of the {@link VerificationPlan} from the run's scenarios and facts. */
    public static VerificationTable judge(String runId, String targetName, String baseUrl, boolean rehearsal,
                                          boolean simulator, List<ScenarioOutcome> outcomes, VerificationFacts facts,
                                          List<CreatedEntity> created) {
        return judge(runId, targetName, baseUrl, rehearsal, simulator, outcomes, facts, created, null);
    }

    /**
     * Judges a run that continues {@code earlier} (null: none): a test this run did not repeat is judged from the
     * scenarios of the earlier run, and its row names that run; the earlier run's creations stay on the cleanup list.
     */
    public static VerificationTable judge(String runId, String targetName, String baseUrl, boolean rehearsal,
                                          boolean simulator, List<ScenarioOutcome> outcomes, VerificationFacts facts,
                                          List<CreatedEntity> created, ContinuedVerification earlier) {
        List<VerificationRow> rows = new ArrayList<>();
        for (VerificationTest test : VerificationPlan.tests()) {
            List<ScenarioOutcome> mine = of(outcomes, test);
            List<ScenarioOutcome> theirs = earlier == null || !mine.isEmpty() ? List.of() : of(earlier.outcomes(), test);
            VerificationRow row = judge(test, theirs.isEmpty() ? mine : theirs, facts, rows);
            rows.add(theirs.isEmpty() ? row : new VerificationRow(test, row.result(), join("in run "
                    + earlier.runId() + ", which this run continues", row.notes())));
        }
        List<CreatedEntity> all = new ArrayList<>(earlier == null ? List.of() : earlier.created());
        all.addAll(created);
        return new VerificationTable(runId, targetName, baseUrl, rehearsal, simulator, rows, all,
                earlier == null ? null : earlier.runId());
    }

    private static List<ScenarioOutcome> of(List<ScenarioOutcome> outcomes, VerificationTest test) {
        return outcomes.stream().filter(o -> o.checklistIds().contains(test.checklistId())).toList();
    }

    public VerificationRow row(int test) {
        return rows.get(test - 1);
    }

    public long count(Result result) {
        return rows.stream().filter(r -> r.result() == result).count();
    }

    /** "6 PASS, 0 FAIL, 2 MANUAL, 0 WARN", and ", 4 PENDING" when a test is pending on the target. */
    public String tally() {
        return java.util.Arrays.stream(Result.values()).filter(r -> r != Result.PENDING || count(r) > 0)
                .map(r -> count(r) + " " + r).collect(Collectors.joining(", "));
    }

    /**
     * The table's one-line verdict. Only a table with every row PASS reads as go; a WARN or MANUAL row is named
     * as open, so a run that exits 0 with test 8 at WARN never reads as a passed Phase 3.
     */
    public String verdict() {
        List<String> failed = numbers(Result.FAIL);
        if (!failed.isEmpty()) {
            return "NO-GO: test " + String.join(", ", failed) + " failed";
        }
        List<String> pending = numbers(Result.PENDING);
        if (!pending.isEmpty()) {
            return "NOT GO YET: test " + String.join(", ", pending) + " pending on the target (test 4's compliance"
                    + " review still running); continue it with golive verify-production --confirm --continue "
                    + runId;
        }
        List<String> warned = numbers(Result.WARN);
        List<String> manual = numbers(Result.MANUAL);
        if (warned.isEmpty() && manual.isEmpty()) {
            return "GO: every test passed";
        }
        return "NOT GO YET: no test failed, but " + (warned.isEmpty() ? "" : "test " + String.join(", ", warned)
                + " at WARN (ran, did not show all the runbook asks)" + (manual.isEmpty() ? "" : " and "))
                + (manual.isEmpty() ? "" : "test " + String.join(", ", manual) + " MANUAL")
                + " must be confirmed by a person before Phase 3 counts as passed";
    }

    private List<String> numbers(Result result) {
        return rows.stream().filter(r -> r.result() == result).map(r -> String.valueOf(r.test().number())).toList();
    }

    private static VerificationRow judge(VerificationTest test, List<ScenarioOutcome> outcomes,
                                         VerificationFacts facts, List<VerificationRow> earlier) {
        if (!test.automated()) {
            return new VerificationRow(test, Result.MANUAL, join(test.runbookNote(), "make a small purchase with"
                    + " that card, then confirm it with GET /cards/transactions?cardId=<its cardId>"));
        }
        if (outcomes.isEmpty()) {
            return notRun(test, facts, earlier);
        }
        var pending = outcomes.stream().filter(ScenarioOutcome::pendingOnTarget).findFirst();
        if (pending.isPresent()) {
            return new VerificationRow(test, Result.PENDING, pending.get().firstLineOfFailure(FAILURE_NOTE_LENGTH));
        }
        var failed = outcomes.stream().filter(o -> !o.passed() && !o.skipped()).findFirst();
        if (failed.isPresent()) {
            return new VerificationRow(test, Result.FAIL, join(failed.get().firstLineOfFailure(FAILURE_NOTE_LENGTH),
                    test.number() == 4 ? test.runbookNote() : ""));
        }
        var skipped = outcomes.stream().filter(ScenarioOutcome::skipped).findFirst();
        if (skipped.isPresent()) {
            return new VerificationRow(test, Result.FAIL, join("not run",
                    skipped.get().firstLineOfFailure(FAILURE_NOTE_LENGTH)));
        }
        return passed(test, facts);
    }

    private static VerificationRow notRun(VerificationTest test, VerificationFacts facts,
                                          List<VerificationRow> earlier) {
        for (int prerequisite : test.prerequisites()) {
            if (earlier.get(prerequisite - 1).result() == Result.FAIL) {
                return new VerificationRow(test, Result.FAIL, "not run: test " + prerequisite + " did not pass");
            }
            if (earlier.get(prerequisite - 1).result() == Result.PENDING) {
                return new VerificationRow(test, Result.PENDING, "not run yet: test " + prerequisite + " is pending");
            }
        }
        if (test.number() == 8) {
            return new VerificationRow(test, Result.MANUAL, join("after test 7, confirm GET /cards/transactions?cardId="
                    + (facts.cardId() == null ? "<cardId>" : facts.cardId()) + " lists the test transaction",
                    test.runbookNote()));
        }
        return new VerificationRow(test, Result.FAIL, "no scenario tagged " + test.tag() + " ran; this build of the"
                + " harness lacks it");
    }

    private static VerificationRow passed(VerificationTest test, VerificationFacts facts) {
        return switch (test.number()) {
            case 2 -> new VerificationRow(test, Result.PASS, facts.cardholderId() == null ? "cardholderId returned"
                    : "cardholderId " + facts.cardholderId() + " for cleanup");
            case 3 -> new VerificationRow(test, Result.PASS, "applicationLink returned"
                    + (facts.applicationLinkHost() == null ? "" : " (host " + facts.applicationLinkHost()
                    + "; the link itself is a bearer URL and is never shown)") + ", status 3");
            case 4 -> new VerificationRow(test, Result.PASS, join(test.runbookNote(), facts.review()));
            case 5 -> new VerificationRow(test, Result.PASS, (facts.cardId() == null ? "cardId returned"
                    : "cardId " + facts.cardId()) + (facts.depositChains().isEmpty() ? ""
                    : "; cryptoAddresses: " + String.join(", ", facts.depositChains())));
            case 6 -> new VerificationRow(test, Result.PASS, join(test.runbookNote(),
                    "PAN and CVV checked in memory only, never written"));
            case 8 -> transactions(test, facts);
            default -> new VerificationRow(test, Result.PASS, test.runbookNote());
        };
    }

    private static VerificationRow transactions(VerificationTest test, VerificationFacts facts) {
        String card = facts.cardId() == null ? "the test card" : "cardId " + facts.cardId();
        if (facts.transactionsListed() != null && facts.transactionsListed() > 0) {
            return new VerificationRow(test, Result.PASS, join(facts.transactionsListed() + " transaction(s) listed"
                    + " for " + card, test.runbookNote()));
        }
        return new VerificationRow(test, Result.WARN, "no transaction yet: GET /cards/transactions for " + card
                + " answered 200 with the list envelope; confirm the test transaction after test 7");
    }

    private static String join(String first, String second) {
        if (first == null || first.isBlank()) {
            return second == null ? "" : second;
        }
        return second == null || second.isBlank() ? first : first + "; " + second;
    }
}
