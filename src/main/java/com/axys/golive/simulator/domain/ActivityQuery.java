package com.axys.golive.simulator.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * The filters the three reconciliation lists share (transactions, fees, wallet movements): {@code cardId},
 * {@code cardholderId} and the time window {@code after}/{@code before} in Unix seconds. Every filter given must
 * match (AND). The window is inclusive at whole seconds, so a record made in the same second as a bound is kept.
 *
 * @param after  the earliest creation second, {@code null} for no lower bound
 * @param before the latest creation second, {@code null} for no upper bound
 */
record ActivityQuery(Long cardId, Long cardholderId, Long after, Long before) {

    /**
     * Reads the filters through {@code rules}; with {@code defaultLookBack} a missing {@code after} means that long
     * before {@code now} (GET /cards/transactions documents 90 days), without it no lower bound.
     */
    static ActivityQuery read(FieldRules rules, Instant now, Duration defaultLookBack) {
        Long cardId = rules.optionalInteger("cardId", 1, Long.MAX_VALUE, "integer > 0");
        Long cardholderId = rules.optionalInteger("cardholderId", 1, Long.MAX_VALUE, "integer > 0");
        CreationWindow window = CreationWindow.read(rules);
        Long after = window.after();
        Long before = window.before();
        if (after == null && defaultLookBack != null && !rules.hasErrorFor("after")) {
            after = now.minus(defaultLookBack).getEpochSecond();
        }
        return new ActivityQuery(cardId, cardholderId, after, before);
    }

    boolean matches(Long recordCardId, Long recordCardholderId, Instant createdAt) {
        long second = createdAt.getEpochSecond();
        return (cardId == null || cardId.equals(recordCardId))
                && (cardholderId == null || cardholderId.equals(recordCardholderId))
                && (after == null || second >= after)
                && (before == null || second <= before);
    }
}
