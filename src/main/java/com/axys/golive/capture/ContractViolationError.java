package com.axys.golive.capture;

import com.axys.golive.contract.ContractResult;

/**
 * Fails the scenario when a response breaks the contract. The call was recorded (with {@code contract: fail}) before
 * this is thrown. The message names the operation, the field and the rule; it is redacted.
 */
public final class ContractViolationError extends AssertionError {

    private final transient ContractResult result;

    public ContractViolationError(String message, ContractResult result) {
        super(message);
        this.result = result;
    }

    public ContractResult result() {
        return result;
    }
}
