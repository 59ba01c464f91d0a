package com.axys.golive.reconciliation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of {@code calls.jsonl} as reconciliation needs it: already redacted when it was written.
 *
 * @param operationId  the contract operation, or null when none serves the call
 * @param path         the path under the base URL, with its query
 * @param status       the HTTP status, or -1 when no answer arrived
 * @param requestBody  the request body, or a missing node
 * @param responseBody the response body, or a missing node
 */
record CallLine(long seq, String scenario, String operationId, String path, int status, JsonNode requestBody,
                JsonNode responseBody) {

    private static final Pattern CARD_IN_PATH = Pattern.compile("/cards/(\\d+)(?:/|$)");

    CallLine {
        requestBody = requestBody == null || requestBody.isNull() ? MissingNode.getInstance() : requestBody;
        responseBody = responseBody == null || responseBody.isNull() ? MissingNode.getInstance() : responseBody;
    }

    boolean is(String operation) {
        return Objects.equals(operationId, operation);
    }

    boolean succeeded() {
        return status >= 200 && status < 300;
    }

    /** The card id in the path ({@code /cards/8801/balance}, {@code /staging/cards/8801/spend}), if any. */
    Long cardInPath() {
        Matcher m = CARD_IN_PATH.matcher(path == null ? "" : path);
        return m.find() ? Long.parseLong(m.group(1)) : null;
    }

    /** A successful call of {@code operation}. */
    boolean answered(String operation) {
        return is(operation) && succeeded();
    }
}
