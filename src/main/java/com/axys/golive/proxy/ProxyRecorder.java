package com.axys.golive.proxy;

import com.axys.golive.redaction.CapturedExchange;
import com.axys.golive.capture.ExchangeCapture;
import com.axys.golive.capture.ScenarioContext;
import com.axys.golive.evidence.ErrorRecorder;
import com.axys.golive.evidence.EvidenceFiles;
import com.axys.golive.evidence.EvidenceRun;
import com.axys.golive.redaction.RedactionPolicy;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where the proxy's facts go, one at a time (requests overlap; the streams are appended in order): a call the
 * target answered or did not answer goes through the harness's {@link ExchangeCapture} into calls.jsonl (with
 * contract, errors and transitions); a request refused by the proxy into errors.jsonl; an injected fault into
 * {@value EvidenceFiles#FAULTS}; every backend request into the in-memory {@link Timeline}.
 */
final class ProxyRecorder {

    private final EvidenceRun evidence;
    private final ExchangeCapture capture;
    private final ErrorRecorder errors;
    private final String basePath;
    private final Timeline timeline = new Timeline();
    private long faults;

    ProxyRecorder(EvidenceRun evidence, ExchangeCapture capture, ErrorRecorder errors, URI targetBase) {
        this.evidence = evidence;
        this.capture = capture;
        this.errors = errors;
        this.basePath = targetBase.getPath() == null ? "" : targetBase.getPath().replaceAll("/$", "");
        evidence.openStream(EvidenceFiles.FAULTS);
    }

    /** A request as the target received it, and its answer, or the failure that left it unanswered. */
    record Call(ScenarioContext client, Instant startedAt, long millis, String method, URI uri,
                Map<String, List<String>> requestHeaders, String requestBody, int status,
                Map<String, List<String>> responseHeaders, String responseBody, String failure) { }

    private boolean closed;

    /**
     * Takes no record from now on: the session is closing and its manifest is about to be written. A handler still
     * at work (the listener waited 5 s for it) fails instead of adding lines the manifest would not cover.
     */
    synchronized void close() {
        closed = true;
    }

    private void open() {
        if (closed) {
            throw new IllegalStateException("the proxy session has ended: this exchange is not recorded");
        }
    }

    /** Records a call to the target; returns its seq in calls.jsonl. */
    synchronized long call(Call c) {
        open();
        long seq = evidence.nextSeq();
        String rawPath = c.uri().getRawPath();
        String path = !basePath.isEmpty() && rawPath.startsWith(basePath) ? rawPath.substring(basePath.length())
                : rawPath;
        CapturedExchange raw = new CapturedExchange(seq, c.startedAt(), c.millis(), c.method(), c.uri().toString(),
                path, c.uri().getRawQuery(), c.requestHeaders(), c.requestBody(), c.failure() == null ? c.status() : -1,
                c.failure() == null ? c.responseHeaders() : Map.of(), c.failure() == null ? c.responseBody() : "",
                c.failure(), false);
        if (raw.answered()) {
            capture.answered(raw, c.client());
        } else {
            capture.unanswered(raw, c.client());
        }
        return seq;
    }

    /** Records a request the proxy answered itself and never sent (production's read-only rule). */
    synchronized void refused(ScenarioContext client, String method, String path, String reason) {
        open();
        errors.recordRefusal(client, method, path, "refused-by-golive-proxy", reason, "none: the request was not"
                + " sent; make it against staging, where golive proxy forwards every method");
    }

    /** Records an injected fault as it happens: one chained line of {@value EvidenceFiles#FAULTS}. */
    synchronized void fault(BackendRequest request, int answered, Integer targetStatus) {
        open();
        ObjectNode line = EvidenceRun.MAPPER.createObjectNode();
        line.put("fault", ++faults);
        line.put("request", request.number());
        line.put("ts", request.at().toString());
        line.put("scenario", request.client());
        line.put("method", request.method());
        line.put("path", request.path());
        line.put("kind", request.fault().label());
        line.put("injected", true);
        line.put("forwarded", request.fault().forwards());
        line.put("answeredBackend", answered);
        if (request.callSeq() > 0) {
            line.put("callSeq", request.callSeq());
        }
        if (targetStatus != null) {
            line.put("targetStatus", targetStatus);
        }
        evidence.append(EvidenceFiles.FAULTS, line);
    }

    void note(BackendRequest request) {
        timeline.add(request);
    }

    Timeline timeline() {
        return timeline;
    }

    RedactionPolicy policy() {
        return capture.policy();
    }
}
