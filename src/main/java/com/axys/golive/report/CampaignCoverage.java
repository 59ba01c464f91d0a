package com.axys.golive.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The coverage of a campaign: several runs of one target ({@code golive run --continue} picking up what an earlier run
 * left pending on the target), merged item by item from each run's own {@code coverage.json}. Each run's result keeps
 * the meaning {@link CoverageMatrix} gave it ({@link ItemResult}); the campaign's result for an item is the best of
 * them in the order passed, pending on target, incomplete, failed, not run, and it names the run that proved it.
 *
 * <p>One rule is the campaign's own: a scenario that passed in a run continuing an earlier one adopted entities that
 * earlier run made, and the calls that made them are in the earlier run's bundle. Without that bundle in the pack (or
 * that of any run it continued in turn) the proof is partial, so such a scenario does not count as passed: an item the run passed that way is
 * {@linkplain ItemResult#INCOMPLETE incomplete} in the campaign, noted "continues RUN, which is not in this pack". (It
 * is what {@link ItemResult#of(List, int)} gives when that scenario is counted as left out: any failure or pending
 * scenario still decides first, and a passed item becomes incomplete.) And a run's "pending on target" that a later
 * run of the pack continued gives way to that later run's result: the later run re-ran exactly those scenarios.
 *
 * <p>It reads only the members' coverage files, which their manifests hash, so {@code evidence verify} can derive it
 * again from the pack and compare byte for byte. Output is deterministic: the same members give the same bytes.
 */
public final class CampaignCoverage {

    /** The file names in a campaign pack. */
    public static final String JSON_FILE = "campaign-coverage.json";
    public static final String MARKDOWN_FILE = "campaign-coverage.md";

    private static final String FORMAT = "golive-campaign-coverage/1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final List<ItemResult> MERIT = List.of(ItemResult.PASSED, ItemResult.PENDING,
            ItemResult.INCOMPLETE, ItemResult.FAILED, ItemResult.NOT_RUN, ItemResult.MANUAL,
            ItemResult.NOT_APPLICABLE);

    /**
     * One run of the campaign as the merge sees it.
     *
     * @param coverageJson the bytes of its {@code coverage.json}
     */
    public record Member(String runId, String startedAt, String endedAt, byte[] coverageJson) {
        public Member {
            Objects.requireNonNull(runId, "runId");
            coverageJson = coverageJson.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Member m && m.runId.equals(runId) && Objects.equals(m.startedAt, startedAt)
                    && Objects.equals(m.endedAt, endedAt) && Arrays.equals(m.coverageJson, coverageJson);
        }

        @Override
        public int hashCode() {
            return runId.hashCode();
        }

        @Override
        public String toString() {
            return runId;
        }
    }

    /**
     * One run's result for an item, as its own coverage gives it (but for a passed scenario continuing a run the pack
     * lacks); {@code note} names the runs its scenarios continue. {@code continuedBy}: a later run of the pack that
     * continued this run's pending scenarios, whose result then stands in for this one.
     */
    record RunResult(String run, ItemResult result, @JsonInclude(JsonInclude.Include.NON_NULL) String note,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String continuedBy,
                     @com.fasterxml.jackson.annotation.JsonIgnore Set<String> continues,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String combinedIn) {

        RunResult(String run, ItemResult result, String note, String continuedBy, Set<String> continues) {
            this(run, result, note, continuedBy, continues, null);
        }

        RunResult continuedBy(String later) {
            return new RunResult(run, result, note, later, continues, combinedIn);
        }

        /** This part's own result gives way to that of its split run's parts together ({@code combined}). */
        RunResult combinedIn(String combined) {
            return new RunResult(run, result, note, continuedBy, continues, combined);
        }

        boolean standing() {
            return continuedBy == null && combinedIn == null;
        }
    }

    /**
     * One item across the campaign: {@code from} is the run whose result it is, {@code provedBy} that run when the
     * result is passed.
     */
    record Item(String id, int phase, String section, String text, String automation, ItemResult result,
                @JsonInclude(JsonInclude.Include.NON_NULL) String from,
                @JsonInclude(JsonInclude.Include.NON_NULL) String provedBy, List<RunResult> runs) {
        Item {
            runs = List.copyOf(runs);
        }
    }

    record Run(String id, String startedAt, String endedAt) { }

    record Target(String name, String baseUrl, String statement) { }

    record Report(String format, Target target, List<Run> runs, List<PhaseTally> phases, List<Item> items) { }

    private final Report report;

    private CampaignCoverage(Report report) {
        this.report = report;
    }

    /**
     * Merges the members' coverage, in campaign order (earliest first: the first run with the best result is the one
     * named).
     *
     * @throws IllegalArgumentException when a member's coverage.json is not JSON (the message names the run)
     */
    public static CampaignCoverage of(List<Member> members) {
        Set<String> inPack = members.stream().map(Member::runId).collect(Collectors.toSet());
        Map<String, List<RunResult>> results = new LinkedHashMap<>();
        Map<String, JsonNode> rows = new LinkedHashMap<>();
        Map<Integer, String> titles = new LinkedHashMap<>();
        Target target = null;
        Map<String, JsonNode> coverages = new LinkedHashMap<>();
        Map<String, Set<String>> continuesOf = new LinkedHashMap<>();
        for (Member m : members) {
            JsonNode coverage = read(m);
            coverages.put(m.runId(), coverage);
            Set<String> continued = new TreeSet<>();
            coverage.path("items").forEach(row -> row.path("scenarios").forEach(sc -> {
                if (text(sc, "continues") != null) {
                    continued.add(text(sc, "continues"));
                }
            }));
            continuesOf.put(m.runId(), continued);
        }
        java.util.function.Function<String, Set<String>> lacking = run -> lacking(run, inPack, continuesOf);
        for (Member m : members) {
            JsonNode coverage = coverages.get(m.runId());
            if (target == null && coverage.path("target").isObject()) {
                JsonNode t = coverage.path("target");
                target = new Target(text(t, "name"), text(t, "baseUrl"), text(t, "statement"));
            }
            coverage.path("phases").forEach(p -> titles.putIfAbsent(p.path("phase").asInt(), text(p, "title")));
            for (JsonNode row : coverage.path("items")) {
                String id = text(row, "id");
                if (id == null) {
                    continue;
                }
                rows.putIfAbsent(id, row);
                results.computeIfAbsent(id, k -> new ArrayList<>()).add(runResult(m.runId(), row, inPack, lacking));
            }
        }
        for (List<String> parts : completeSplits(members, coverages)) {
            results.forEach((id, runs) -> ShardedRun.combine(id, parts, coverages, runs));
        }
        List<Item> items = new ArrayList<>();
        for (Map.Entry<String, List<RunResult>> e : results.entrySet()) {
            JsonNode row = rows.get(e.getKey());
            List<RunResult> runs = superseded(e.getValue());
            List<RunResult> standing = runs.stream().filter(RunResult::standing).toList();
            RunResult best = (standing.isEmpty() ? runs : standing).stream()
                    .min(java.util.Comparator.comparingInt(r -> MERIT.indexOf(r.result()))).orElseThrow();
            items.add(new Item(e.getKey(), row.path("phase").asInt(), text(row, "section"), text(row, "text"),
                    text(row, "automation"), best.result(), best.run(),
                    best.result() == ItemResult.PASSED ? best.run() : null, runs));
        }
        List<PhaseTally> phases = new ArrayList<>();
        Set<Integer> numbers = new TreeSet<>(titles.keySet());
        items.forEach(i -> numbers.add(i.phase()));
        for (int phase : numbers) {
            List<Item> of = items.stream().filter(i -> i.phase() == phase).toList();
            phases.add(new PhaseTally(phase, titles.getOrDefault(phase, "Phase " + phase), of.size(),
                    count(of, ItemResult.PASSED), count(of, ItemResult.FAILED), count(of, ItemResult.PENDING),
                    count(of, ItemResult.INCOMPLETE), count(of, ItemResult.NOT_RUN), count(of, ItemResult.MANUAL),
                    count(of, ItemResult.NOT_APPLICABLE)));
        }
        List<Run> runs = members.stream().map(m -> new Run(m.runId(), m.startedAt(), m.endedAt())).toList();
        return new CampaignCoverage(new Report(FORMAT, target, runs, phases, items));
    }

    /** The campaign's result for {@code itemId} ("passed", "incomplete", …), or null when no run covers it. */
    public String result(String itemId) {
        return item(itemId).map(i -> i.result().label()).orElse(null);
    }

    /** The run that proved {@code itemId}, or null when no run of the pack passed it. */
    public String provedBy(String itemId) {
        return item(itemId).map(Item::provedBy).orElse(null);
    }

    /** The run whose result the campaign gives {@code itemId}, whatever it is; null when no run covers it. */
    public String from(String itemId) {
        return item(itemId).map(Item::from).orElse(null);
    }

    /** What the campaign says of {@code itemId} in run {@code runId}, with its note if any; null if not there. */
    public String inRun(String itemId, String runId) {
        return item(itemId).flatMap(i -> i.runs().stream().filter(r -> r.run().equals(runId)).findFirst())
                .map(r -> r.result().label() + (r.note() == null ? "" : " (" + r.note() + ")")
                        + (r.continuedBy() == null ? "" : " (continued by " + r.continuedBy() + ")")).orElse(null);
    }

    /** {@value #JSON_FILE}. */
    public String json() {
        try {
            return JSON.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the campaign coverage: " + e.getOriginalMessage(), e);
        }
    }

    /** {@value #MARKDOWN_FILE}: the phases, then every item with its result, the run that proved it and each run's. */
    public String markdown() {
        StringBuilder md = new StringBuilder("# Checklist coverage — campaign of ").append(report.runs().size())
                .append(" runs\n\n");
        if (report.target() != null) {
            if (report.target().statement() != null) {
                md.append("> **").append(Markdown.text(report.target().statement())).append("**\n\n");
            }
            md.append("Target: ").append(Markdown.text(report.target().name())).append(" (")
                    .append(Markdown.code(report.target().baseUrl())).append(")\n\n");
        }
        md.append(Markdown.header("Run", "Started", "Ended"));
        report.runs().forEach(r -> md.append(Markdown.row(List.of(Markdown.code(r.id()),
                Markdown.text(r.startedAt()), Markdown.text(r.endedAt())))));
        md.append("\nEach item's result is the best any run of the pack gave it (passed, then pending on target,"
                + " incomplete, failed, not run), and *proved by* names the run that passed it: its bundle folder in"
                + " this pack holds the calls. A scenario that passed by continuing an earlier run (`golive run"
                + " --continue`) counts only when that earlier run is in this pack too; otherwise its item is"
                + " *incomplete* here. A run's *pending on target* that a later run of the pack continued gives way"
                + " to that run's result. The shards of one run split over machines (`golive run --shard I/N`), all"
                + " in this pack, count as one run: an item's result comes from all its scenarios, whichever shard"
                + " ran each, and *proved by* names the shards.\n\n");
        md.append(SummaryTables.phases(report.phases()));
        for (PhaseTally phase : report.phases()) {
            md.append("\n## Phase ").append(phase.phase()).append(" — ").append(Markdown.text(phase.title()))
                    .append("\n\n");
            md.append(Markdown.header("Item", "Runbook line", "Automation", "Result", "Proved by", "Each run"));
            report.items().stream().filter(i -> i.phase() == phase.phase()).forEach(i -> md.append(Markdown.row(
                    List.of(Markdown.code(i.id()), Markdown.text(i.text()), Markdown.text(i.automation()),
                            "**" + Markdown.text(i.result().label()) + "**",
                            i.provedBy() == null ? "—" : Markdown.code(i.provedBy()),
                            i.runs().stream().map(r -> Markdown.code(r.run()) + ": " + Markdown.text(r.result().label())
                                    + (r.note() == null ? "" : " (" + Markdown.text(r.note()) + ")")
                                    + (r.combinedIn() == null ? "" : " (this shard alone)")
                                    + (r.continuedBy() == null ? "" : " (continued by " + Markdown.code(r.continuedBy())
                                    + ", whose result stands)"))
                                    .collect(Collectors.joining("; "))))));
        }
        return md.toString();
    }

    private java.util.Optional<Item> item(String id) {
        return report.items().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /**
     * The members that are all the parts of one split run ({@code golive run --shard I/N}, the same selection), each
     * list in part order. A split with a part missing is not combined: its parts keep their own results.
     */
    private static List<List<String>> completeSplits(List<Member> members, Map<String, JsonNode> coverages) {
        Map<String, String[]> splits = new LinkedHashMap<>();
        for (Member m : members) {
            JsonNode shard = coverages.get(m.runId()).path("shard");
            String part = text(shard, "part");
            java.util.regex.Matcher iOfN = part == null ? null
                    : java.util.regex.Pattern.compile("(\\d+)/(\\d+)").matcher(part);
            if (iOfN == null || !iOfN.matches()) {
                continue;
            }
            int index = Integer.parseInt(iOfN.group(1));
            int count = Integer.parseInt(iOfN.group(2));
            String[] parts = splits.computeIfAbsent(count + "\n" + text(shard, "selection"), k -> new String[count]);
            if (index >= 1 && index <= count && parts.length == count) {
                parts[index - 1] = parts[index - 1] == null ? m.runId() : "";
            }
        }
        return splits.values().stream().filter(parts -> Arrays.stream(parts)
                .allMatch(p -> p != null && !p.isEmpty())).map(List::of).toList();
    }

    /**
     * A run's "pending on target" for an item is superseded by a later run of the pack that continued it there: that
     * run re-ran the pending scenarios with what this one made, so its result is the one that stands.
     */
    private static List<RunResult> superseded(List<RunResult> runs) {
        List<RunResult> out = new ArrayList<>();
        for (RunResult r : runs) {
            String later = r.result() != ItemResult.PENDING ? null : runs.stream()
                    .filter(c -> c.continues().contains(r.run())).map(RunResult::run).findFirst().orElse(null);
            out.add(later == null ? r : r.continuedBy(later));
        }
        return out;
    }

    /**
     * The runs of {@code run}'s chain of continuations that the pack lacks: {@code run} itself when it is not in
     * the pack, else those of every run it continues (run 3 continues run 2, which continued run 1, which made the
     * cardholder: all three hold part of the proof).
     */
    private static Set<String> lacking(String run, Set<String> inPack, Map<String, Set<String>> continuesOf) {
        Set<String> out = new TreeSet<>();
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(List.of(run));
        Set<String> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            String r = todo.pop();
            if (!seen.add(r)) {
                continue;
            }
            if (!inPack.contains(r)) {
                out.add(r);
            } else {
                todo.addAll(continuesOf.getOrDefault(r, Set.of()));
            }
        }
        return out;
    }

    private static RunResult runResult(String run, JsonNode row, Set<String> inPack,
                                       java.util.function.Function<String, Set<String>> lacking) {
        ItemResult own = ItemResult.of(text(row, "result"));
        Set<String> present = new TreeSet<>();
        Map<String, Set<String>> unproven = new java.util.TreeMap<>();
        for (JsonNode s : row.path("scenarios")) {
            String continues = text(s, "continues");
            if (continues == null) {
                continue;
            }
            if (inPack.contains(continues)) {
                present.add(continues);
            }
            Set<String> lacks = lacking.apply(continues);
            if (!lacks.isEmpty() && "passed".equals(text(s, "status"))) {
                unproven.put(continues, lacks);
            }
        }
        List<String> notes = new ArrayList<>();
        present.stream().filter(r -> !unproven.containsKey(r)).forEach(r -> notes.add("continues " + r));
        unproven.forEach((r, lacks) -> notes.add(lacks.equals(Set.of(r))
                ? "continues " + r + ", which is not in this pack"
                : "continues " + r + ", which goes back to " + String.join(" and ", lacks) + ", not in this pack"));
        ItemResult result = !unproven.isEmpty() && own == ItemResult.PASSED ? ItemResult.INCOMPLETE : own;
        return new RunResult(run, result, notes.isEmpty() ? null : String.join("; ", notes), null, Set.copyOf(present));
    }

    private static long count(List<Item> items, ItemResult result) {
        return items.stream().filter(i -> i.result() == result).count();
    }

    private static JsonNode read(Member m) {
        try {
            JsonNode node = JSON.readTree(m.coverageJson());
            return node == null ? JSON.createObjectNode() : node;
        } catch (IOException e) {
            throw new IllegalArgumentException("coverage.json of run " + m.runId() + " is not JSON ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
