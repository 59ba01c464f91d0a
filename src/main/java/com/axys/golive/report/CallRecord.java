package com.axys.golive.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One line of {@code calls.jsonl} as the reports need it: already redacted when it was written.
 *
 * @param operationId     the contract operation, or null when no operation serves the call
 * @param status          the HTTP status, or -1 when no response arrived
 * @param contractResult  {@code pass}, {@code fail} or {@code skipped}
 * @param violations      the contract violations, one line each (they never echo a body value)
 * @param responseHeaders the response's header names, lower case
 * @param requestBody     the redacted request body, or null
 * @param responseBody    the redacted response body, or null
 */
record CallRecord(long seq, String scenario, String feature, List<String> checklist, String method,
                  String operationId, String pathTemplate, String path, int status, String contractResult,
                  List<String> violations, Set<String> responseHeaders, JsonNode requestBody,
                  JsonNode responseBody) {

    static final String NO_OPERATION = "(no contract operation)";

    CallRecord {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        checklist = List.copyOf(checklist);
        violations = List.copyOf(violations);
        responseHeaders = Set.copyOf(responseHeaders);
    }

    boolean answered() {
        return status >= 0;
    }

    /** The operationId, or {@link #NO_OPERATION} for a call the contract has no operation for. */
    String operationKey() {
        return operationId == null ? NO_OPERATION : operationId;
    }

    /** The query string of the (redacted) path, or {@code ""}. */
    String query() {
        int at = path.indexOf('?');
        return at < 0 ? "" : path.substring(at + 1);
    }
}
