package com.axys.golive.steps;

import com.axys.golive.run.HarnessSession;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Numbers the test identities of one run: 1, 2, 3 ... across all its scenarios, in the order they are created.
 * The world lives for one scenario only, so the count is the session's ({@link HarnessSession#runScoped}).
 */
final class TestDataSequence {

    private final AtomicInteger last = new AtomicInteger();

    private TestDataSequence() {
    }

    /** The next number of {@code session}'s run, from 1. */
    static int next(HarnessSession session) {
        return session.runScoped(TestDataSequence.class, TestDataSequence::new).last.incrementAndGet();
    }
}
