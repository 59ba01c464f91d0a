package com.axys.golive.report;

import com.axys.golive.contract.InferredFact;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Judges every inferred fact of the contract on the run's recorded calls (rule: {@link #RULE}). Only the recorded
 * contract results and violations are used; the validator is not run again.
 */
final class DriftAnalysis {

    static final String RULE = String.join("\n", "A fact is judged only on answered calls of its own operation (any"
            + " operation, for a contract-wide fact of the shared error responses).", "",
            "- **contradicted** when a recorded contract violation of such a call is about the fact's point: for a"
            + " response field or schema, a violation of an answer with the same status whose field path is that"
            + " field or lies inside it (array indexes ignored: `items[0].status` is `items[].status`), including"
            + " \"missing required field\"; for a response header, a violation naming that header; for a request"
            + " field, schema or parameter, a request violation naming it on a call the target accepted (2xx) anyway;"
            + " for an inferred success status, the operation answering another 2xx status the contract does not"
            + " list.",
            "- **confirmed** when, without any contradiction, at least one call shows the point and no violation of"
            + " that call names it: the status was answered; the field (non-null) or header was present in an"
            + " answer with that status; the schema's answer had a body; the parameter or request field was sent"
            + " and the target answered 2xx; an inferred operation answered 2xx.",
            "- **not exercised** otherwise: the operation was not called, or never showed the point.", "",
            "Violations are matched by their text as the contract's validator writes it (`<operation> <status>"
            + " response: <field>: <rule>`); a violation that names no field, header or parameter contradicts no"
            + " fact. Calls no operation serves, and answers with a status the contract does not list, are shown"
            + " separately under \"Outside the contract\".");


    private final List<CallRecord> calls;
    private final Map<CallRecord, List<ViolationPoint>> violations = new IdentityHashMap<>();

    DriftAnalysis(List<CallRecord> calls) {
        this.calls = List.copyOf(calls);
        this.calls.forEach(call -> violations.put(call,
                call.violations().stream().map(ViolationPoint::parse).toList()));
    }

    List<DriftVerdict> verdicts(List<InferredFact> facts) {
        return facts.stream().map(this::verdict).toList();
    }

    DriftVerdict verdict(InferredFact fact) {
        FactPoint point = FactPoint.of(fact);
        List<CallRecord> concerned = calls.stream().filter(point::concerns).toList();
        List<Long> contradicting = new ArrayList<>();
        Set<String> texts = new LinkedHashSet<>();
        List<Long> confirming = new ArrayList<>();
        for (CallRecord call : concerned) {
            List<String> against = violations.get(call).stream().filter(v -> point.contradictedBy(v, call))
                    .map(ViolationPoint::text).toList();
            if (!against.isEmpty()) {
                contradicting.add(call.seq());
                texts.addAll(against);
            } else if (point.touchedBy(call)) {
                confirming.add(call.seq());
            }
        }
        if (!contradicting.isEmpty()) {
            return new DriftVerdict(fact.id(), fact.operationId(), fact.description(), FactStatus.CONTRADICTED, true,
                    "call #" + contradicting.get(0) + ": " + texts.iterator().next(), contradicting,
                    List.copyOf(texts));
        }
        if (!confirming.isEmpty()) {
            return new DriftVerdict(fact.id(), fact.operationId(), fact.description(), FactStatus.CONFIRMED, true,
                    DriftReasons.confirmed(point, confirming.size()), confirming, List.of());
        }
        return new DriftVerdict(fact.id(), fact.operationId(), fact.description(), FactStatus.NOT_EXERCISED,
                !concerned.isEmpty(), DriftReasons.notExercised(point, concerned.size()), List.of(), List.of());
    }

    /** Calls no operation serves, and answers with a status their operation does not list. */
    List<OutsideContract> outsideContract() {
        List<OutsideContract> outside = new ArrayList<>();
        for (CallRecord call : calls) {
            Function<String, OutsideContract> line = text -> new OutsideContract(call.seq(), call.operationId(),
                    call.method(), call.path(), call.status(), text);
            if (call.operationId() == null && call.contractResult().equals("fail")) {
                call.violations().stream().findFirst().map(line).ifPresent(outside::add);
                continue;
            }
            violations.get(call).stream().filter(v -> v.scope() == ViolationPoint.Scope.UNLISTED_STATUS)
                    .findFirst().map(v -> line.apply(v.text())).ifPresent(outside::add);
        }
        return outside;
    }
}
