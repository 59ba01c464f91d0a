package com.axys.golive.proxy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every backend request of the session in arrival order, in memory: what the follow-up of each fault is read from. */
final class Timeline {

    private final List<BackendRequest> requests = new ArrayList<>();

    synchronized void add(BackendRequest request) {
        requests.add(request);
    }

    /** A copy, ordered by request number (requests finish out of order when they overlap). */
    synchronized List<BackendRequest> requests() {
        List<BackendRequest> copy = new ArrayList<>(requests);
        copy.sort(Comparator.comparingLong(BackendRequest::number));
        return copy;
    }
}
