package com.axys.golive.report;

import java.util.List;

/**
 * The drift report's line for one inferred fact.
 *
 * @param called     at least one call of its operation (of any operation, for a contract-wide fact) was answered
 * @param reason     one sentence: the violation that contradicts it, what confirmed it, or why it was not exercised
 * @param calls      seq numbers of the calls that show it (the contradicting ones when contradicted)
 * @param violations the recorded violations that contradict it, verbatim from {@code calls.jsonl}
 */
record DriftVerdict(String factId, String operationId, String description, FactStatus verdict, boolean called,
                    String reason, List<Long> calls, List<String> violations) {

    DriftVerdict {
        calls = List.copyOf(calls);
        violations = List.copyOf(violations);
    }
}
