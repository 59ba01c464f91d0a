package com.axys.golive.verification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What {@link CampaignVerifier} found in a campaign pack: each member's own report, and the problems and leaks of
 * the pack itself (its checksum, {@code campaign.json} against the members, the campaign coverage, entries beside the
 * members). The verdict is the worst of the members' and the pack's own: a leak, then a defect, then an unfinished
 * member, else verified. Every text is safe to print.
 *
 * @param pack    the zip as given
 * @param members the members' reports, in campaign order
 */
public record CampaignReport(String pack, List<VerificationReport> members, List<Problem> problems,
                             List<Leak> leaks) {

    public CampaignReport {
        Objects.requireNonNull(pack, "pack");
        members = List.copyOf(members);
        problems = List.copyOf(problems);
        leaks = List.copyOf(leaks);
    }

    public Verdict verdict() {
        Verdict own = !leaks.isEmpty() ? Verdict.LEAK : !defects().isEmpty() ? Verdict.CORRUPT : Verdict.VERIFIED;
        return members.stream().map(VerificationReport::verdict).max(Comparator.naturalOrder())
                .filter(worst -> worst.compareTo(own) > 0).orElse(own);
    }

    public boolean verified() {
        return verdict() == Verdict.VERIFIED;
    }

    /** The pack's own problems that make it corrupt (the members' aside). */
    public List<Problem> defects() {
        return problems.stream().filter(Problem::isDefect).toList();
    }

    /** One line: the verdict of the whole pack, its runs, what it means and what to do. */
    public String verdictLine() {
        String runs = members.stream().map(VerificationReport::runId).collect(Collectors.joining(", "));
        String head = verdict() + ": campaign of " + members.size() + " run(s) (" + runs + ") — ";
        long membersBad = members.stream().filter(m -> m.verdict() == verdict()).count();
        return switch (verdict()) {
            case VERIFIED -> head + "every member VERIFIED, campaign.json matches their manifests, the campaign"
                    + " coverage is what their coverage gives, no secrets found";
            case INCOMPLETE -> head + membersBad + " member(s) incomplete, not corrupt (see their lines above): not"
                    + " a pack to submit: continue or re-run those runs and pack the campaign again";
            case CORRUPT -> head + (defects().size() + members.stream().mapToInt(m -> m.defects().size()).sum())
                    + " problem(s) listed above: the pack changed after packing; do not submit it: pack the runs'"
                    + " original folders again";
            case LEAK -> head + (leaks.size() + members.stream().mapToInt(m -> m.leaks().size()).sum())
                    + " secret(s) found at the places listed above; do not share this pack: delete it, rotate any"
                    + " exposed credential, fix the redaction and re-run";
        };
    }

    /**
     * The printable report: each member's problems, notes and leaks (prefixed with its run id) and its verdict line,
     * then the pack's own problems and leaks, then the campaign's verdict line.
     */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        for (VerificationReport m : members) {
            m.problems().forEach(p -> out.add((p.isDefect() ? "problem: " : "note: ") + m.runId() + ": " + p.text()));
            m.leaks().forEach(l -> out.add("leak: " + m.runId() + ": " + l.text()));
            out.add(m.verdictLine());
        }
        problems.forEach(p -> out.add((p.isDefect() ? "problem: " : "note: ") + p.text()));
        leaks.forEach(l -> out.add("leak: " + l.text()));
        out.add(verdictLine());
        return out;
    }

    @Override
    public String toString() {
        return verdictLine();
    }
}
