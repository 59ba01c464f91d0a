package com.axys.golive.simulator.domain;

import java.util.List;

/** One page of a list: {@code total} counts every match, not just this page. */
public record Page<T>(List<T> items, long total, int limit, int offset) {
    public Page {
        items = List.copyOf(items);
    }
}
