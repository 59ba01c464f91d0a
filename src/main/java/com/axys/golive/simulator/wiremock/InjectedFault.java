package com.axys.golive.simulator.wiremock;

import java.time.Instant;

/**
 * One fault the chaos plan injected: the request's sequence number in the run, its method and path (no query, no
 * body, an OTP token as its fingerprint: nothing secret), what was done and when (real time).
 */
public record InjectedFault(long seq, String method, String path, ChaosPlan.Kind kind, Instant at, Long cardholderId) {

    /** The path is kept without secrets: an OTP token in {@code /otp/{token}} becomes its evidence marker. */
    public InjectedFault {
        path = com.axys.golive.redaction.RedactionPolicy.markPathTokens(path, token -> { });
    }

    public InjectedFault(long seq, String method, String path, ChaosPlan.Kind kind, Instant at) {
        this(seq, method, path, kind, at, null);
    }

    /** The status the client got, or -1 when it got no answer. */
    public int status() {
        return kind.status();
    }

    /** One JSON line of the fault log. */
    public String jsonLine() {
        return Json.write(json());
    }

    com.fasterxml.jackson.databind.node.ObjectNode json() {
        var line = Json.object().put("seq", seq).put("method", method).put("path", path)
                .put("fault", kind.label()).put("status", status()).put("time", at.toString());
        if (cardholderId != null) {
            line.put("cardholderId", cardholderId);
        }
        return line;
    }

    /** One short console line. */
    public String consoleLine() {
        return "chaos #" + seq + " " + method + " " + path + " -> " + kind.label()
                + (kind.reviewOutcome() ? " (200; cardholder " + cardholderId + "'s review ends in "
                + (kind == ChaosPlan.Kind.SPONTANEOUS_ERROR ? "6" : "7") + ")"
                : status() > 0 ? " (" + status() + ")" : " (no answer in time)");
    }
}
