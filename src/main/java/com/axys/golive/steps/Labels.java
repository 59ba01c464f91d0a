package com.axys.golive.steps;

import java.util.Arrays;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/** Looks up a documented status by the name the docs use, or by its code: one rule for every status model. */
final class Labels {

    private Labels() {
    }

    static <E> E named(E[] values, Function<E, String> label, String text, String what) {
        return Arrays.stream(values).filter(v -> label.apply(v).equalsIgnoreCase(text.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown " + what + " '" + text + "'; known: "
                        + Arrays.stream(values).map(label).toList()));
    }

    static <E> E coded(E[] values, ToIntFunction<E> code, int value, String what) {
        return Arrays.stream(values).filter(v -> code.applyAsInt(v) == value).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("undocumented " + what + " " + value));
    }
}
