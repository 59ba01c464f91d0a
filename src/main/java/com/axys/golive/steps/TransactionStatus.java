package com.axys.golive.steps;

import com.axys.golive.ledger.StateNames;
import java.util.Arrays;

/** A card transaction's documented {@code status}, by the names the docs use. */
public enum TransactionStatus {
    PENDING(1),
    CLEARED(2),
    COMPLETION(3),
    DECLINED(4),
    ERROR(5);

    private final int code;
    private final String label;

    TransactionStatus(int code) {
        this.code = code;
        this.label = StateNames.of("transaction", "status", code).orElseThrow(); // the documented name, defined once
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
