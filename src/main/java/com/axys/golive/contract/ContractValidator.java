package com.axys.golive.contract;

/** Validates exchanges against contract/axys-v2.yaml. STUB: to be implemented (see the contract brief). */
public final class ContractValidator {
    public static ContractValidator fromClasspath() { throw new UnsupportedOperationException("stub"); }
    public ContractResult validate(ContractExchange exchange) { throw new UnsupportedOperationException("stub"); }
}
