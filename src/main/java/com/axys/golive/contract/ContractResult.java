package com.axys.golive.contract;

import java.util.List;

/** The verdict on one exchange. STUB shape: to be completed (see the contract brief). */
public record ContractResult(Outcome outcome, String operationId, String pathTemplate, List<String> violations) {
    public enum Outcome { PASS, FAIL, SKIPPED }
}
