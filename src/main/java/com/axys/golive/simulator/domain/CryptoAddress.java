package com.axys.golive.simulator.domain;

import java.util.Objects;

/** A deposit address of a card: {@code chain} is {@code evm}, {@code bitcoin} or {@code solana}. */
public record CryptoAddress(String chain, String address) {
    public CryptoAddress {
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(address, "address");
    }
}
