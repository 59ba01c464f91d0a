package com.axys.golive.steps;

import com.axys.golive.run.HarnessSession;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Numbers the test identities of one run: 1, 2, 3 ... across all its scenarios, in the order they are created.
 * The world lives for one scenario only, so the count is kept per session (weakly: a closed run's count goes with
 * it).
 */
final class TestDataSequence {

    private static final Map<HarnessSession, Integer> LAST = new WeakHashMap<>();

    private TestDataSequence() {
    }

    /** The next number of {@code session}'s run, from 1. */
    static synchronized int next(HarnessSession session) {
        return LAST.merge(session, 1, Integer::sum);
    }
}
