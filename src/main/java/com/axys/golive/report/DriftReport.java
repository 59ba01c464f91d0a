package com.axys.golive.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code drift.json}: a verdict on every inferred fact of the contract, the rule that made it, and the calls the
 * contract could not place at all.
 *
 * @param rule   the matching rule, in words
 * @param counts facts per verdict
 */
record DriftReport(String runId, RunTarget target, String rule, Map<String, Long> counts, List<DriftVerdict> facts,
                   List<OutsideContract> outsideContract) {

    DriftReport {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        facts = List.copyOf(facts);
        outsideContract = List.copyOf(outsideContract);
    }

    long count(FactStatus verdict) {
        return counts.getOrDefault(verdict.label(), 0L);
    }

    List<DriftVerdict> with(FactStatus verdict) {
        return facts.stream().filter(f -> f.verdict() == verdict).toList();
    }
}
