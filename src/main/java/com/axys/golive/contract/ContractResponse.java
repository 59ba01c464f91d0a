package com.axys.golive.contract;

import java.util.Objects;

/**
 * One response status an operation lists in the contract.
 *
 * @param status      the HTTP status, e.g. 200 or 409
 * @param source      its {@code x-source}
 * @param reason      the {@code x-reason} when inferred, {@code ""} when documented
 * @param description the contract's description of the response
 */
public record ContractResponse(int status, Provenance source, String reason, String description) {

    public ContractResponse {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("response status " + status + " is not an HTTP status; use 100-599");
        }
        Objects.requireNonNull(source, "source");
        reason = reason == null ? "" : reason;
        description = description == null ? "" : description;
    }

    /** True for 2xx. */
    public boolean success() {
        return status >= 200 && status < 300;
    }
}
