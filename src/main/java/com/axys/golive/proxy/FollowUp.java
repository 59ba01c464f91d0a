package com.axys.golive.proxy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What the backend did after a fault it was served: its next request from the same client, read from the session's
 * timeline. "Retried" means the same method, path and body; anything else is "another call"; no further request
 * from that client is "nothing".
 *
 * @param after seconds from the faulted request to the next one, or -1 for nothing
 */
record FollowUp(BackendRequest fault, String verdict, double after, BackendRequest next) {

    static final String RETRIED = "retried the same request";
    static final String OTHER = "another call";
    static final String NOTHING = "nothing";

    static List<FollowUp> of(List<BackendRequest> timeline) {
        List<FollowUp> out = new ArrayList<>();
        for (int i = 0; i < timeline.size(); i++) {
            BackendRequest faulted = timeline.get(i);
            if (faulted.fault() == null) {
                continue;
            }
            BackendRequest next = null;
            for (int j = i + 1; j < timeline.size() && next == null; j++) {
                if (timeline.get(j).client().equals(faulted.client())) {
                    next = timeline.get(j);
                }
            }
            if (next == null) {
                out.add(new FollowUp(faulted, NOTHING, -1, null));
            } else {
                double seconds = Duration.between(faulted.at(), next.at()).toMillis() / 1000.0;
                out.add(new FollowUp(faulted, next.sameAs().equals(faulted.sameAs()) ? RETRIED : OTHER, seconds,
                        next));
            }
        }
        return out;
    }

    /** {@code retried the same request within 1.2 s (#5: forwarded -> 200 (call #3))}. */
    String describe() {
        if (next == null) {
            return NOTHING + ": no further request from this client in the session";
        }
        String when = String.format(java.util.Locale.ROOT, "%.1f s", after);
        String which = " (#" + next.number() + ": " + next.outcome() + ")";
        return verdict.equals(RETRIED) ? RETRIED + " within " + when + which
                : OTHER + " after " + when + ": " + next.line() + which;
    }
}
