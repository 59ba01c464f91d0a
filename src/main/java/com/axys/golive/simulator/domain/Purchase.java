package com.axys.golive.simulator.domain;

import java.util.List;
import java.util.Objects;

/** What one simulated card spend produced: the transaction and its fees (none for a domestic purchase). */
public record Purchase(CardTransaction transaction, List<CardFee> fees) {
    public Purchase {
        Objects.requireNonNull(transaction, "transaction");
        fees = List.copyOf(fees);
    }
}
