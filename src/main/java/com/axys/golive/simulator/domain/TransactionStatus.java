package com.axys.golive.simulator.domain;

/**
 * A card transaction's {@code status} (reference §8.25): 1 Pending, 2 Cleared, 3 Completion, 4 Declined, 5 Error.
 * The simulator makes purchases Pending and clears them after {@link CardTransaction#CLEARING_DELAY}.
 */
public enum TransactionStatus {
    PENDING(1),
    CLEARED(2),
    COMPLETION(3),
    DECLINED(4),
    ERROR(5);

    private final int code;

    TransactionStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
