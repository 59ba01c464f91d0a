package com.axys.golive.capture;

import com.axys.golive.HarnessException;
import com.axys.golive.redaction.RedactedExchange;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Every observer sees every exchange, whatever another one does (as JUnit's composite listener does): one that throws
 * is logged (its class, the call, its redacted message) and the others still run. An evidence write that failed
 * ({@link HarnessException}) is not an observer's bug but the run's end: it is thrown again once every observer has
 * seen the exchange.
 */
final class IsolatedObservers implements ExchangeObserver {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(IsolatedObservers.class);

    private final List<ExchangeObserver> observers;
    private final UnaryOperator<String> redact;

    IsolatedObservers(List<ExchangeObserver> observers, UnaryOperator<String> redact) {
        this.observers = List.copyOf(observers);
        this.redact = redact;
    }

    @Override
    public void observe(RedactedExchange exchange, ScenarioContext scenario) {
        HarnessException fatal = null;
        for (ExchangeObserver observer : observers) {
            try {
                observer.observe(exchange, scenario);
            } catch (HarnessException e) {
                if (fatal == null) {
                    fatal = e;
                } else {
                    fatal.addSuppressed(e);
                }
            } catch (RuntimeException e) {
                LOG.warn("observer {} failed on call #{} {} {}; the other observers saw it: {}",
                        observer.getClass().getName(), exchange.seq(), exchange.method(), exchange.path(),
                        redact.apply(e.toString()));
            }
        }
        if (fatal != null) {
            throw fatal;
        }
    }
}
