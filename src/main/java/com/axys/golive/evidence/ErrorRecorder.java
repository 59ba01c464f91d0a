package com.axys.golive.evidence;

import com.axys.golive.redaction.CapturedExchange;
import com.axys.golive.capture.ExchangeObserver;
import com.axys.golive.capture.ScenarioContext;
import com.axys.golive.evidence.bundle.BundleStream;
import com.axys.golive.evidence.bundle.CallError;
import com.axys.golive.evidence.bundle.ConnectionRefusal;
import com.axys.golive.evidence.bundle.RequestRefusal;
import com.axys.golive.redaction.RedactedExchange;
import com.axys.golive.redaction.RedactionPolicy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

/**
 * Files every refused call into {@code errors.jsonl}: status, the error envelope's code and (redacted) message, a
 * classification, and the action an integration should take. This is the error-handling evidence the auditor asks
 * for. The 403 "No Authorised IPs configured" is classified with both of its possible causes and also carries the
 * {@code cause} its DNS facts prove ({@code ip-not-allowlisted}, {@code fcrdns-failed} or {@code undetermined}), a
 * redacted {@code causeReason} and the {@code facts} (calling IPs, certificate domains, A and PTR answers: IPs and
 * names only, nothing secret).
 */
public final class ErrorRecorder implements ExchangeObserver {

    private final EvidenceRun evidence;
    private final RedactionPolicy policy;
    private final Supplier<?> ipRefusalDiagnosis;

    /** Without DNS: a 403 "No Authorised IPs configured" is filed with cause {@code undetermined}. */
    public ErrorRecorder(EvidenceRun evidence, RedactionPolicy policy) {
        this(evidence, policy, null);
    }

    /**
     * @param ipRefusalDiagnosis asked on each 403 "No Authorised IPs configured" for the cause and its DNS facts (a
     *                           record with {@code cause}, written into the line as it is); it keeps its answer for
     *                           the run, so only the first such refusal waits on DNS. Null: no DNS to ask.
     */
    public ErrorRecorder(EvidenceRun evidence, RedactionPolicy policy, Supplier<?> ipRefusalDiagnosis) {
        this.evidence = evidence;
        this.policy = policy;
        this.ipRefusalDiagnosis = ipRefusalDiagnosis;
    }

    @Override
    public void observe(RedactedExchange exchange, ScenarioContext scenario) {
        if (exchange.answered() && exchange.status() < 400) {
            return;
        }
        JsonNode body = parse(exchange.responseBody());
        String message = body.path("message").asText(null);
        ErrorClass cls = exchange.answered() ? ErrorClass.of(exchange.status(), message, jsonOrEmpty(exchange))
                : ErrorClass.ofFailure(exchange.failure());
        // A passing condition, handled by the client (a read is retried, a write reconciled), not a contract breach.
        boolean passing = exchange.answered() ? ErrorClass.transientStatus(exchange.status())
                || cls == ErrorClass.GATEWAY_PAGE : cls.transientFailure();
        CallError line = new CallError(exchange.seq(), exchange.startedAt().toString(), scenario.name(),
                scenario.checklistIds(), exchange.method(), exchange.path(), exchange.status(),
                body.path("code").asText(null), message, cls.label(), passing,
                cls.action(exchange.responseHeader("Retry-After")), exchange.answered() ? null : exchange.failure());
        evidence.write(BundleStream.ERRORS, cls == ErrorClass.IP_OR_FCRDNS ? diagnose(line) : line);
    }

    /** Adds {@code cause} and {@code facts} (calling IPs, certificate domains, A and PTR answers) to a 403 line. */
    private CallError diagnose(CallError line) {
        if (ipRefusalDiagnosis == null) {
            return line.diagnosed("undetermined",
                    "no DNS facts were gathered (no calling IP or resolver configured for this run)", null);
        }
        JsonNode facts;
        try {
            facts = EvidenceRun.MAPPER.valueToTree(ipRefusalDiagnosis.get());
        } catch (RuntimeException failed) {
            return line.diagnosed("undetermined",
                    policy.redactText("DNS facts could not be gathered: " + failed.getMessage()), null);
        }
        ObjectNode kept = facts.deepCopy();
        kept.remove(List.of("cause", "reason"));
        return line.diagnosed(facts.path("cause").asText("undetermined"),
                policy.redactText(facts.path("reason").asText("")), kept);
    }

    /**
     * Files a connection the target refused before any HTTP exchange (an mTLS negative): there is no call line, so
     * this record is the only evidence of it.
     */
    public void recordRefusedConnection(ScenarioContext scenario, String attempt, String detail) {
        evidence.write(BundleStream.ERRORS, new ConnectionRefusal(evidence.clock().instant().toString(),
                scenario.name(), scenario.checklistIds(), attempt, -1, ErrorClass.TLS_REFUSED.label(),
                policy.redactText(detail), ErrorClass.TLS_REFUSED.action(null)));
    }

    /** Files a request the production guard refused: it was never sent, so this record is its only evidence. */
    public void recordGuardRefusal(ScenarioContext scenario, String method, String path, String reason) {
        recordRefusal(scenario, method, path, "refused-by-production-guard", reason, "none: the request was not"
                + " sent; run it against staging, or tag it @production-safe if it is safe on production");
    }

    /**
     * Files a request the harness itself refused and never sent (the production guard, {@code golive proxy}'s
     * read-only rule on production): this record is its only evidence. Path and reason are redacted here.
     */
    public void recordRefusal(ScenarioContext scenario, String method, String path, String classification,
                              String reason, String action) {
        evidence.write(BundleStream.ERRORS, new RequestRefusal(evidence.clock().instant().toString(),
                scenario.name(), scenario.checklistIds(), method, policy.redactText(path), -1, classification,
                policy.redactText(reason), action));
    }

    /** Whether the body is empty or JSON (redaction keeps a JSON body JSON and a page a page). */
    private static boolean jsonOrEmpty(RedactedExchange exchange) {
        String body = exchange.responseBody();
        if (body == null || body.isBlank()) {
            return true;
        }
        try {
            EvidenceRun.MAPPER.readTree(body);
            return true;
        } catch (IOException notJson) {
            return false;
        }
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode node = EvidenceRun.MAPPER.readTree(body);
            return node == null ? EvidenceRun.MAPPER.createObjectNode() : node;
        } catch (IOException notJson) {
            return EvidenceRun.MAPPER.createObjectNode();
        }
    }
}
