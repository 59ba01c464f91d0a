package com.axys.golive.capture;

import com.axys.golive.redaction.RedactedExchange;

/**
 * Sees each exchange after it has been recorded, in its redacted form only (the form the evidence holds), to derive
 * facts from it: entity states for the state ledger, error records, faults met. No observer ever holds a raw
 * exchange, so none can write a secret by mistake. One observer failing does not keep the others from seeing the
 * exchange ({@link CaptureFilter} isolates them and logs the failure).
 */
public interface ExchangeObserver {

    void observe(RedactedExchange exchange, ScenarioContext scenario);
}
