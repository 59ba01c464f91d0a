package com.axys.golive.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How often the run called one operation, and what it answered.
 *
 * @param operationId   or {@link CallRecord#NO_OPERATION} for calls the contract has no operation for
 * @param endpoint      {@code GET /cards/{cardId}}, or {@code ""} for calls without an operation
 * @param statuses      status code to count, ascending; -1 counts calls that got no response
 */
record EndpointVolume(String operationId, String endpoint, long count, SortedMap<Integer, Long> statuses) {

    EndpointVolume {
        statuses = new TreeMap<>(statuses);
    }

    /** One entry per operation called, busiest first. */
    static List<EndpointVolume> of(List<CallRecord> calls) {
        Map<String, List<CallRecord>> byOperation = new LinkedHashMap<>();
        calls.forEach(c -> byOperation.computeIfAbsent(c.operationKey(), k -> new ArrayList<>()).add(c));
        List<EndpointVolume> volumes = new ArrayList<>();
        byOperation.forEach((operation, list) -> {
            TreeMap<Integer, Long> statuses = new TreeMap<>();
            list.forEach(c -> statuses.merge(c.status(), 1L, Long::sum));
            CallRecord first = list.get(0);
            String endpoint = first.pathTemplate() == null ? "" : first.method() + " " + first.pathTemplate();
            volumes.add(new EndpointVolume(operation, endpoint, list.size(), statuses));
        });
        volumes.sort(Comparator.comparingLong(EndpointVolume::count).reversed()
                .thenComparing(EndpointVolume::operationId));
        return volumes;
    }

    /** Calls per status code over the whole run, ascending. */
    static SortedMap<Integer, Long> statusMix(List<CallRecord> calls) {
        TreeMap<Integer, Long> mix = new TreeMap<>();
        calls.forEach(c -> mix.merge(c.status(), 1L, Long::sum));
        return mix;
    }

    /** {@code 200}, or {@code no response} for -1. */
    static String statusLabel(int status) {
        return status < 0 ? "no response" : String.valueOf(status);
    }
}
