package com.axys.golive.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One cell of the contract coverage view: one status one operation lists, and the calls that got it.
 *
 * @param source     the status's {@code x-source}: documented or inferred
 * @param deprecated the operation is deprecated
 * @param calls      seq numbers of the calls of this operation that answered this status
 */
record StatusCoverage(String operationId, String method, String pathTemplate, boolean deprecated, int status,
                      String source, long count, List<Long> calls) {

    StatusCoverage {
        calls = List.copyOf(calls);
    }

    /** At least one call of the operation answered this status (in coverage.json as {@code exercised}). */
    @JsonProperty("exercised")
    boolean exercised() {
        return count > 0;
    }
}
