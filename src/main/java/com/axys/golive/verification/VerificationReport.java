package com.axys.golive.verification;

import com.axys.golive.evidence.RunTally;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What {@link BundleVerifier} found in one bundle: the run, what its streams hold, the problems and the leaks. The
 * {@link #verdict()} follows from them: a leak first, then any defect (corrupt), then an unfinished run
 * (incomplete), else verified. Every text it gives is safe to print: no file content, no secret.
 *
 * @param bundle       the folder or zip as given
 * @param runId        the manifest's run id (the folder name when the manifest is unreadable)
 * @param abortReason  why the run was cut short as the manifest says (Ctrl-C, a fatal error), or null
 * @param found        whole lines found in each stream (a line cut off by a kill is not counted)
 * @param filesMatched files whose size and SHA-256 match the manifest (0 for an incomplete bundle)
 */
public record VerificationReport(String bundle, String runId, boolean complete, String abortReason, RunTally found,
                                 int filesMatched, List<Problem> problems, List<Leak> leaks) {

    /** An abort reason is printed only when it is plain words: it comes from the manifest, which may be leaking. */
    private static final Pattern PLAIN_WORDS = Pattern.compile("[A-Za-z][A-Za-z ,.'()-]{0,79}");

    public VerificationReport {
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(found, "found");
        problems = List.copyOf(problems);
        leaks = List.copyOf(leaks);
    }

    public Verdict verdict() {
        if (!leaks.isEmpty()) {
            return Verdict.LEAK;
        }
        if (!defects().isEmpty()) {
            return Verdict.CORRUPT;
        }
        return complete ? Verdict.VERIFIED : Verdict.INCOMPLETE;
    }

    public boolean verified() {
        return verdict() == Verdict.VERIFIED;
    }

    /** The problems that make the bundle corrupt (notes aside). */
    public List<Problem> defects() {
        return problems.stream().filter(Problem::isDefect).toList();
    }

    /** The kinds of secret found, in order of first appearance, e.g. "pan, cvv". */
    public String leakKinds() {
        return String.join(", ", leaks.stream().map(Leak::kind).distinct().toList());
    }

    /** One line: verdict, run id, what it means and what to do. */
    public String verdictLine() {
        String head = verdict() + ": " + runId + " — ";
        return switch (verdict()) {
            case VERIFIED -> head + found.calls() + " calls, " + found.transitions() + " transitions, chains intact, "
                    + filesMatched + " files match the manifest, no secrets found";
            case INCOMPLETE -> head + "incomplete, not corrupt: " + found.calls() + " calls captured "
                    + (abortReason == null ? "up to the kill" : "before the run was aborted (" + reason() + ")")
                    + ", " + found.transitions() + " transitions, chains intact, no secrets found; the run did not"
                    + " finish, so this is not a bundle to submit: re-run for a complete one";
            case CORRUPT -> head + defects().size() + " problem(s) listed above: the bundle changed after the run;"
                    + " do not submit it: restore the original bundle or re-run";
            case LEAK -> head + leaks.size() + " secret(s) found (" + leakKinds() + ") at the places listed above;"
                    + " do not share this bundle: delete it, rotate any exposed credential, fix the redaction and"
                    + " re-run" + (defects().isEmpty() ? "" : "; it is also corrupt (" + defects().size()
                    + " problem(s))");
        };
    }

    /** The full printable report: one line per problem, note and leak, then the verdict line. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        problems.forEach(p -> out.add((p.isDefect() ? "problem: " : "note: ") + p.text()));
        leaks.forEach(l -> out.add("leak: " + l.text()));
        out.add(verdictLine());
        return out;
    }

    private String reason() {
        return PLAIN_WORDS.matcher(abortReason).matches() ? abortReason : "reason not shown";
    }

    @Override
    public String toString() {
        return verdictLine();
    }
}
