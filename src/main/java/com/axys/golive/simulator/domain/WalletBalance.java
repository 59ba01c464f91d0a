package com.axys.golive.simulator.domain;

import java.time.Instant;
import java.util.List;

/**
 * A wallet's two balances (decimal-implied): {@code walletBalanceSettled} holds every deposit from the moment it is
 * traced, {@code walletAvailableBalance} only cleared ones; transfers move both at once.
 */
public record WalletBalance(long walletId, long walletBalanceSettled, long walletAvailableBalance) {

    static WalletBalance of(long walletId, List<WalletTransaction> movements, Instant now) {
        long settled = 0;
        long available = 0;
        for (WalletTransaction movement : movements) {
            if (movement.deposit() && movement.walletId() == walletId) {
                settled += movement.amount();
                available += now.isBefore(movement.clearsAt()) ? 0 : movement.amount();
            } else if (!movement.deposit() && movement.walletId() == walletId) {
                settled -= movement.amount();
                available -= movement.amount();
            } else if (movement.toWallet(walletId)) {
                settled += movement.amount();
                available += movement.amount();
            }
        }
        return new WalletBalance(walletId, settled, available);
    }
}
