package com.axys.golive.contract;

import java.util.Objects;

/**
 * One assumption of the contract, derived from an {@code x-source: inferred} mark, that a staging run can confirm
 * or contradict (the drift report).
 *
 * @param id          stable and unique, e.g. {@code createCardholder.status.200},
 *                    {@code getCardholder.response.200.cardholder}
 * @param operationId the operation it belongs to, or {@link ContractCatalog#CONTRACT_WIDE} for a fact of a shared
 *                    error response (the error envelope, the Retry-After header) that any operation can confirm
 * @param description one line naming the operation, the fact and why it was inferred
 */
public record InferredFact(String id, String operationId, String description) {

    public InferredFact {
        requireText(id, "id");
        requireText(operationId, "operationId");
        requireText(description, "description");
    }

    private static void requireText(String value, String name) {
        if (Objects.requireNonNull(value, name).isBlank()) {
            throw new IllegalArgumentException("inferred fact " + name + " is blank; every fact needs an id,"
                    + " an operation and a description");
        }
    }
}
