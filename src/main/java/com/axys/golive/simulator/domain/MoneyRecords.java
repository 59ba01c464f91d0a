package com.axys.golive.simulator.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongFunction;

/**
 * The money side of the simulated Program's data: card transactions and fees, wallets and wallet movements, and
 * their id sequences. Like the rest of {@link AxysStore} it is only touched inside {@link AxysStore#locked}.
 */
final class MoneyRecords {

    static final long FIRST_TRANSACTION_ID = 500_001;
    static final long FIRST_AUTH_REF = 740_000_000_001L;
    static final long FIRST_WALLET_ID = 3_301;
    static final long FIRST_WALLET_TRANSACTION_ID = 91_001;

    private final List<CardTransaction> transactions = new ArrayList<>();
    private final List<CardFee> fees = new ArrayList<>();
    private final Map<Long, Wallet> wallets = new TreeMap<>();
    private final List<WalletTransaction> movements = new ArrayList<>();
    private long sequence;
    private long nextTransactionId = FIRST_TRANSACTION_ID;
    private long nextAuthRef = FIRST_AUTH_REF;
    private long nextWalletId = FIRST_WALLET_ID;
    private long nextMovementId = FIRST_WALLET_TRANSACTION_ID;

    long nextSequence() {
        return ++sequence;
    }

    String nextTransId() {
        return String.valueOf(nextTransactionId++);
    }

    /** 12 digits: short of the 13-19 digit runs that redaction treats as possible card numbers. */
    String nextAuthRefNum() {
        return String.valueOf(nextAuthRef++);
    }

    void add(Purchase purchase) {
        transactions.add(purchase.transaction());
        fees.addAll(purchase.fees());
    }

    /** Every card transaction as seen at {@code now} (cleared ones are kept cleared). */
    List<CardTransaction> transactions(Instant now) {
        transactions.replaceAll(transaction -> transaction.settledAt(now));
        return List.copyOf(transactions);
    }

    List<CardFee> fees() {
        return List.copyOf(fees);
    }

    Wallet addWallet(LongFunction<Wallet> withId) {
        Wallet created = withId.apply(nextWalletId++);
        wallets.put(created.walletId(), created);
        return created;
    }

    Optional<Wallet> wallet(long walletId) {
        return Optional.ofNullable(wallets.get(walletId));
    }

    WalletTransaction addMovement(LongFunction<WalletTransaction> withId) {
        WalletTransaction created = withId.apply(nextMovementId++);
        movements.add(created);
        return created;
    }

    /** Every wallet movement as seen at {@code now} (cleared deposits are kept completed). */
    List<WalletTransaction> movements(Instant now) {
        movements.replaceAll(movement -> movement.settledAt(now));
        return List.copyOf(movements);
    }

    /** The card-account entries of {@code cardId} made here: purchases, their fees, and transfers in. */
    List<BalanceEntry> entries(long cardId) {
        List<BalanceEntry> entries = new ArrayList<>();
        transactions.stream().filter(t -> t.cardId() == cardId).forEach(t -> entries.add(t.entry()));
        fees.stream().filter(f -> f.cardId() == cardId).forEach(f -> entries.add(f.entry()));
        movements.stream().filter(m -> m.toCard(cardId))
                .forEach(m -> entries.add(new BalanceEntry(m.amount(), m.createdAt(), m.createdAt())));
        return entries;
    }

    void clear() {
        transactions.clear();
        fees.clear();
        wallets.clear();
        movements.clear();
        sequence = 0;
        nextTransactionId = FIRST_TRANSACTION_ID;
        nextAuthRef = FIRST_AUTH_REF;
        nextWalletId = FIRST_WALLET_ID;
        nextMovementId = FIRST_WALLET_TRANSACTION_ID;
    }
}
