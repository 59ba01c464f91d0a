package com.axys.golive.client;

import com.axys.golive.HarnessException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A run-wide stop: once a reason to stop calling the target is known (the target turned out to be production
 * under another name, the evidence can no longer be written), every later request is refused before it is sent,
 * with that reason. The command that ran the features reads the reason back and exits with its category.
 */
public final class CallGate {

    private final AtomicReference<HarnessException> reason = new AtomicReference<>();

    /** Closes the gate; the first reason wins. Returns the reason in force. */
    public HarnessException close(HarnessException why) {
        reason.compareAndSet(null, why);
        return reason.get();
    }

    /** Throws the reason when the gate is closed. */
    public void check() {
        HarnessException why = reason.get();
        if (why != null) {
            throw new HarnessException(why.category(), why.getMessage());
        }
    }

    public Optional<HarnessException> reason() {
        return Optional.ofNullable(reason.get());
    }
}
