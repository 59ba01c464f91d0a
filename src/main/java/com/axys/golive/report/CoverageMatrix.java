package com.axys.golive.report;

import com.axys.golive.checklist.Checklist;
import com.axys.golive.checklist.ChecklistItem;
import com.axys.golive.checklist.ChecklistItem.Automation;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lays every checklist item against the run: its scenarios (by {@code @checklist:<id>}), their results, the
 * item's result, and the bundle records behind it. An item whose Program feature is not enabled is "not
 * applicable" whatever ran; a manual item is "manual" and gets a blank sign-off.
 */
final class CoverageMatrix {

    private final Bundle bundle;
    private final Set<String> features;
    private final RunTarget target;
    private final Phase3Table phase3;
    private final PreflightInCoverage preflight;

    CoverageMatrix(Bundle bundle, Set<String> features, RunTarget target) {
        this(bundle, features, target, Phase3Table.none(), PreflightInCoverage.NONE);
    }

    /**
     * With the Phase 3 table of a production verification, which caps the P3 items it put at WARN or FAIL, and the
     * preflight results the bundle holds, which decide the Phase 2 items they checked.
     */
    CoverageMatrix(Bundle bundle, Set<String> features, RunTarget target, Phase3Table phase3,
                   PreflightInCoverage preflight) {
        this.bundle = bundle;
        this.features = Set.copyOf(features);
        this.target = target;
        this.phase3 = phase3;
        this.preflight = preflight;
    }

    List<CoverageRow> rows(Checklist checklist) {
        return checklist.items().stream().map(this::row).toList();
    }

    CoverageRow row(ChecklistItem item) {
        List<ScenarioRecord> scenarios = bundle.scenarios().stream()
                .filter(s -> s.checklist().contains(item.id())).toList();
        boolean applies = item.appliesTo(features);
        List<Bundle.LeftOut> leftOut = bundle.leftOut().stream().filter(s -> s.checklist().contains(item.id()))
                .toList();
        ItemResult result = !applies ? ItemResult.NOT_APPLICABLE
                : item.automation() == Automation.MANUAL ? ItemResult.MANUAL
                : phase3.cap(item.id(), ItemResult.of(scenarios, leftOut.size()));
        List<ScenarioRun> runs = new java.util.ArrayList<>(scenarios.stream().map(ScenarioRun::of).toList());
        leftOut.forEach(s -> runs.add(new ScenarioRun(s.name(), s.feature(), "not run: " + s.reason(), 0)));
        phase3.row(item.id()).filter(r -> !r.result().equals("PASS")).ifPresent(r -> runs.add(new ScenarioRun(
                "Phase 3 table, test " + r.test(), Phase3Table.FILE, r.result() + ": " + r.notes(), 0)));
        SignOff signOff = applies && item.automation() != Automation.AUTOMATED ? SignOff.BLANK : null;
        return preflight.apply(new CoverageRow(item.id(), item.phase(), item.section(), item.text(),
                item.automation().label(), item.how(), item.applicability(), applies, result,
                ProvenOn.of(result, target), runs, evidence(item.id()), signOff), target);
    }

    private EvidenceRefs evidence(String id) {
        List<Long> calls = bundle.calls().stream().filter(c -> c.checklist().contains(id))
                .map(CallRecord::seq).toList();
        Set<Long> callSet = Set.copyOf(calls);
        List<Integer> transitions = bundle.transitions().stream().filter(t -> callSet.contains(t.callSeq()))
                .map(TransitionRecord::line).toList();
        List<Integer> errors = bundle.errors().stream().filter(e -> e.checklist().contains(id))
                .map(ErrorRecord::line).collect(Collectors.toList());
        return new EvidenceRefs(calls, transitions, errors);
    }
}
