package com.axys.golive.capture;

/**
 * Sees each raw exchange after it has been recorded, to derive facts that are not secret (entity states for the
 * state ledger). An observer must never write a body or header value; it writes only ids, fields and states.
 */
public interface ExchangeObserver {

    void observe(CapturedExchange exchange, ScenarioContext scenario);
}
