package com.axys.golive.evidence.bundle;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One line of {@code calls.jsonl}: a redacted exchange with the target, in the order its fields are written.
 *
 * @param ts          when the call started (ISO-8601, as written)
 * @param operationId the contract operation, or null when none serves the call
 * @param path        the path under the base URL, with its (redacted) query
 * @param status      the HTTP status, or -1 when no answer arrived
 * @param failure     why no answer arrived, or null (left out of the line)
 */
public record CallLine(long seq, String ts, String scenario, String feature, List<String> checklist, String method,
                       String operationId, String pathTemplate, String path, String url, int status,
                       long durationMs, boolean negativeTest, Message request, Message response,
                       Verdict contract, @JsonInclude(JsonInclude.Include.NON_NULL) String failure) {

    public CallLine {
        checklist = checklist == null ? List.of() : List.copyOf(checklist);
        request = request == null ? Message.EMPTY : request;
        response = response == null ? Message.EMPTY : response;
        contract = contract == null ? Verdict.SKIPPED : contract;
    }

    /** Whether an HTTP answer arrived. */
    public boolean answered() {
        return status >= 0;
    }

    /** Whether {@code operation} is the contract operation of this call. */
    public boolean is(String operation) {
        return Objects.equals(operationId, operation);
    }

    /**
     * A request or response: its headers (each name once, values joined by {@code ", "}) and its redacted body
     * (JSON kept as JSON, anything else as text), or null for none.
     */
    public record Message(Map<String, String> headers, JsonNode body) {

        static final Message EMPTY = new Message(Map.of(), null);

        public Message {
            headers = headers == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
            body = body == null || body.isNull() || body.isMissingNode() ? null : body;
        }
    }

    /**
     * The contract's verdict on the call.
     *
     * @param result     {@code pass}, {@code fail} or {@code skipped}
     * @param violations one line each; they never echo a body value
     */
    public record Verdict(String result, List<String> violations) {

        static final Verdict SKIPPED = new Verdict("skipped", List.of());

        public Verdict {
            result = result == null ? "skipped" : result;
            violations = violations == null ? List.of() : List.copyOf(violations);
        }
    }
}
