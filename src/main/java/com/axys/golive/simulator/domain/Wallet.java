package com.axys.golive.simulator.domain;

import java.time.Instant;
import java.util.Objects;

/** A Program wallet: fiat only, in the Program's currency, owned by the Program rather than by a cardholder. */
public record Wallet(long walletId, String name, Instant createdAt) {
    public Wallet {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
