package com.axys.golive.evidence.bundle;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A call the target refused (status 400 and up) or did not answer, as {@code errors.jsonl} files it.
 *
 * @param code            the error envelope's code, or null (written as null)
 * @param message         the envelope's redacted message, or null (written as null)
 * @param transientFailure a passing condition the client handles (a read retried, a write reconciled)
 * @param failure         why no answer arrived, or null (left out)
 * @param cause           for a 403 "No Authorised IPs configured": the cause its DNS facts prove, else null (left out)
 * @param causeReason     why that cause, redacted; null (left out) with no cause
 * @param facts           the DNS facts behind the cause (IPs and names only), or null (left out)
 */
public record CallError(Long callSeq, String ts, String scenario, List<String> checklist, String method,
                        String path, int status, String code, String message, String classification,
                        @JsonProperty("transient") boolean transientFailure, String action,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String failure,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String cause,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String causeReason,
                        @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode facts) implements ErrorLine {

    public CallError {
        checklist = checklist == null ? List.of() : List.copyOf(checklist);
    }

    /** A line without a diagnosed cause. */
    public CallError(Long callSeq, String ts, String scenario, List<String> checklist, String method, String path,
                     int status, String code, String message, String classification, boolean transientFailure,
                     String action, String failure) {
        this(callSeq, ts, scenario, checklist, method, path, status, code, message, classification,
                transientFailure, action, failure, null, null, null);
    }

    /** The same line with its diagnosed cause. */
    public CallError diagnosed(String cause, String causeReason, JsonNode facts) {
        return new CallError(callSeq, ts, scenario, checklist, method, path, status, code, message, classification,
                transientFailure, action, failure, cause, causeReason, facts);
    }
}
