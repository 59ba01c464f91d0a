package com.axys.golive.steps;

import java.util.Arrays;

/** A card transaction's documented {@code status}, by the names the docs use. */
public enum TransactionStatus {
    PENDING(1, "Pending"),
    CLEARED(2, "Cleared"),
    COMPLETION(3, "Completion"),
    DECLINED(4, "Declined"),
    ERROR(5, "Error");

    private final int code;
    private final String label;

    TransactionStatus(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    public static TransactionStatus named(String label) {
        return Arrays.stream(values()).filter(s -> s.label.equalsIgnoreCase(label.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown transaction status '" + label + "'; known: "
                        + Arrays.stream(values()).map(s -> s.label).toList()));
    }

    @Override
    public String toString() {
        return label + " (" + code + ")";
    }
}
