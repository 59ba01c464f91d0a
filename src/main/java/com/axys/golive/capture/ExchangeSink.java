package com.axys.golive.capture;

import com.axys.golive.contract.ContractResult;
import com.axys.golive.redaction.RedactedExchange;

/** Where redacted exchanges go: the evidence bundle (critical: a failure fails the run). */
public interface ExchangeSink {

    void record(RedactedExchange exchange, ContractResult contract, ScenarioContext scenario);
}
