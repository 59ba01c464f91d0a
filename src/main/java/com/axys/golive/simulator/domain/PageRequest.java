package com.axys.golive.simulator.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The common list parameters: {@code limit} 1-200 (default 50), {@code offset} >= 0 (default 0), order, sort. */
record PageRequest(int limit, int offset, String orderBy, boolean descending) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;
    private static final Pattern SORT = Pattern.compile("asc|desc");

    /** Reads the paging parameters through {@code rules}; {@code orderings} lists the orderBy values, default first. */
    static PageRequest read(FieldRules rules, List<String> orderings) {
        Long limit = rules.optionalInteger("limit", 1, MAX_LIMIT, "integer 1-" + MAX_LIMIT);
        Long offset = rules.optionalInteger("offset", 0, Integer.MAX_VALUE, "integer >= 0");
        String orderBy = rules.optionalPattern("orderBy", Pattern.compile(String.join("|", orderings)),
                "one of " + String.join(", ", orderings));
        String sort = rules.optionalPattern("sort", SORT, "asc or desc");
        return new PageRequest(limit == null ? DEFAULT_LIMIT : limit.intValue(),
                offset == null ? 0 : offset.intValue(), orderBy == null ? orderings.get(0) : orderBy,
                "desc".equals(sort));
    }

    /** Sorts {@code matches} by the chosen ordering (ties by {@code byId}) and cuts this page out of them. */
    <T> Page<T> page(List<T> matches, Map<String, Comparator<T>> orderings, Comparator<T> byId) {
        Comparator<T> order = orderings.get(orderBy).thenComparing(byId);
        if (descending) {
            order = order.reversed();
        }
        List<T> items = matches.stream().sorted(order).skip(offset).limit(limit).toList();
        return new Page<>(items, matches.size(), limit, offset);
    }
}
