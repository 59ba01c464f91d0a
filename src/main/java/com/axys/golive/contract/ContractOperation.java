package com.axys.golive.contract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One operation of the contract, as the coverage matrix and the drift report need it.
 *
 * @param operationId   e.g. {@code getCardholder}
 * @param method        upper case, e.g. {@code GET}
 * @param pathTemplate  relative to the base URL, e.g. {@code /cardholders/{cardholderId}}
 * @param deprecated    the docs list it as deprecated (it still works)
 * @param source        the operation's own {@code x-source} (is the endpoint itself documented?)
 * @param reason        the {@code x-reason} when inferred, {@code ""} when documented
 * @param responses     every status the operation lists, ascending
 * @param inferredFacts the operation's assumptions, from its inferred marks
 */
public record ContractOperation(String operationId, String method, String pathTemplate, boolean deprecated,
                                Provenance source, String reason, List<ContractResponse> responses,
                                List<InferredFact> inferredFacts) {

    public ContractOperation {
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pathTemplate, "pathTemplate");
        Objects.requireNonNull(source, "source");
        reason = reason == null ? "" : reason;
        responses = List.copyOf(responses);
        inferredFacts = List.copyOf(inferredFacts);
    }

    /** The listed statuses, ascending. */
    public List<Integer> statuses() {
        return responses.stream().map(ContractResponse::status).toList();
    }

    /** The contract's entry for {@code status}, if the operation lists it. */
    public Optional<ContractResponse> response(int status) {
        return responses.stream().filter(response -> response.status() == status).findFirst();
    }

    /** {@code GET /cardholders/{cardholderId}}. */
    public String endpoint() {
        return method + " " + pathTemplate;
    }
}
