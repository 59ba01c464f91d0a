package com.axys.golive.capture;

import com.axys.golive.contract.ContractExchange;
import com.axys.golive.contract.ContractResult;
import com.axys.golive.contract.ContractValidator;
import com.axys.golive.redaction.CapturedExchange;
import com.axys.golive.redaction.RedactedExchange;
import com.axys.golive.redaction.RedactionPolicy;
import java.util.List;

/**
 * What happens to every raw exchange, whoever made it (the harness's REST Assured client through
 * {@link CaptureFilter}, or {@code golive proxy} for a Program's own backend): validated against the contract (a
 * transient answer is not judged), redacted by the policy, recorded in redacted form, logged, and shown in that
 * redacted form to the observers (errors, state ledger), each isolated from the others' failures. Returns the verdict; failing on it is the caller's choice.
 */
public final class ExchangeCapture {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ExchangeCapture.class);
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private final ContractValidator validator;
    private final RedactionPolicy policy;
    private final ExchangeSink sink;
    private final ExchangeObserver observers;

    public ExchangeCapture(ContractValidator validator, RedactionPolicy policy, ExchangeSink sink,
                           List<ExchangeObserver> observers) {
        this.validator = validator;
        this.policy = policy;
        this.sink = sink;
        this.observers = new IsolatedObservers(observers, policy::redactText);
    }

    /** Validates, redacts, records and observes an answered exchange; returns the contract verdict recorded. */
    public ContractResult answered(CapturedExchange raw, ScenarioContext scenario) {
        ContractResult verdict = validator.validate(new ContractExchange(raw.method(), raw.path(), raw.query(),
                raw.requestHeaders(), raw.requestBody(), raw.status(), raw.responseHeaders(), raw.responseBody(),
                !raw.negativeTest()));
        if (verdict.outcome() == ContractResult.Outcome.FAIL && passing(raw)) {
            // A rate limit, a server error or a gateway's page is a passing condition, not the target's contract:
            // the call record says the contract was not judged on it, errors.jsonl files it as a handled transient,
            // and the contract check judges the answer that follows it (the retry, or the scenario's own check).
            LOG.info("call #{} {} {} -> {}: transient answer, not judged against the contract: {}", raw.seq(),
                    raw.method(), raw.path(), raw.status(), policy.redactText(String.join("; ", verdict.violations())));
            verdict = ContractResult.skipped(verdict.operationId(), verdict.pathTemplate());
        }
        record(raw, verdict, scenario);
        return verdict;
    }

    /** Records an exchange that got no answer (status -1, its failure says why); the contract is not judged. */
    public void unanswered(CapturedExchange raw, ScenarioContext scenario) {
        record(raw, null, scenario);
    }

    /** The policy every recorded exchange passes through. */
    public RedactionPolicy policy() {
        return policy;
    }

    private void record(CapturedExchange raw, ContractResult verdict, ScenarioContext current) {
        ContractResult recorded = verdict != null ? verdict : ContractResult.skipped(null, null);
        RedactedExchange redacted = policy.redact(raw);
        sink.record(redacted, recorded, current);
        LOG.atInfo().addKeyValue("seq", redacted.seq()).addKeyValue("method", redacted.method())
                .addKeyValue("path", redacted.path()).addKeyValue("status", redacted.status())
                .addKeyValue("durationMs", redacted.durationMillis())
                .addKeyValue("contract", recorded.outcome().name().toLowerCase(java.util.Locale.ROOT))
                .addKeyValue("scenario", current.name())
                .log("call #{} {} {} -> {} ({} ms)", redacted.seq(), redacted.method(), redacted.path(),
                        redacted.status(), redacted.durationMillis());
        observers.observe(redacted, current);
    }

    /** A transient status (429, 500, 502, 503, 504) or an error answered by a page that is not JSON (a gateway's). */
    private static boolean passing(CapturedExchange raw) {
        int s = raw.status();
        return s == 429 || s == 500 || s == 502 || s == 503 || s == 504 // ErrorClass.transientStatus, same set
                || raw.status() >= 400 && !jsonOrEmpty(raw.responseBody());
    }

    private static boolean jsonOrEmpty(String body) {
        if (body == null || body.isBlank()) {
            return true;
        }
        try {
            JSON.readTree(body);
            return true;
        } catch (java.io.IOException notJson) {
            return false;
        }
    }
}
