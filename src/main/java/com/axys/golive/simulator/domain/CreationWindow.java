package com.axys.golive.simulator.domain;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * The documented common list parameters {@code after}/{@code before} (reference §4: "Records created after/before
 * this time", Unix seconds as a string). The window is inclusive at whole seconds, so a record made in the same second
 * as a bound is kept. A value that is not Unix seconds (digits only) is a broken rule of the query (422), read through
 * the request's {@link FieldRules} like every other filter.
 *
 * @param after  the earliest creation second, {@code null} for no lower bound
 * @param before the latest creation second, {@code null} for no upper bound
 */
record CreationWindow(Long after, Long before) {

    private static final Pattern UNIX_SECONDS = Pattern.compile("\\d{1,12}");

    static CreationWindow read(FieldRules rules) {
        return new CreationWindow(seconds(rules, "after"), seconds(rules, "before"));
    }

    boolean contains(Instant createdAt) {
        long second = createdAt.getEpochSecond();
        return (after == null || second >= after) && (before == null || second <= before);
    }

    private static Long seconds(FieldRules rules, String name) {
        String text = rules.optionalPattern(name, UNIX_SECONDS, "Unix seconds, digits only");
        return text == null ? null : Long.parseLong(text);
    }
}
