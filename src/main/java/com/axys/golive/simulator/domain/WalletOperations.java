package com.axys.golive.simulator.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Program wallets: creation by name, funding by bank-deposit trace (settled at once, available after clearing),
 * transfers out to a wallet or a card (internal, so immediate; a wallet → card transfer is recorded as a wallet
 * movement only, never as a card transaction) and the list of wallet movements. The source of a transfer is always a
 * wallet. Nothing makes a transfer idempotent: the same request sent twice moves the money twice. A listing lag
 * (a control for tests: an eventually consistent read model) makes new transfers appear in the list only that long
 * after their money moved.
 */
public final class WalletOperations {

    private static final List<String> ORDERINGS = List.of("dateCreated");
    private static final String SOURCE_RULE = "the source of a transfer is always a wallet: card to wallet and card"
            + " to card are not supported (raise a support ticket)";

    private final AxysStore store;
    private final Clock clock;
    private final Supplier<? extends ProgramRules> program;
    private final CardOperations cards;
    private volatile Duration listingLag = Duration.ZERO;

    WalletOperations(AxysStore store, Clock clock, Supplier<? extends ProgramRules> program, CardOperations cards) {
        this.store = store;
        this.clock = clock;
        this.program = program;
        this.cards = cards;
    }

    /** POST /wallets: {@code name} (1-100 characters) is the only field. */
    public Result<Wallet> create(Fields body) {
        FieldRules rules = new FieldRules(body);
        String name = rules.requiredText("name", 1, 100);
        return rules.result(() -> name).map(valid -> store.locked(() -> store.money()
                .addWallet(id -> new Wallet(id, valid, clock.instant()))));
    }

    /**
     * POST /wallets/{id}/bank-deposit: the card trace's rules; a declared amount is a deposit movement, pending (0)
     * until the clearing delay passes. A trace without an amount is recorded but credits and lists nothing
     * ({@link BankTrace}).
     */
    public Result<BankTrace> bankDeposit(long walletId, Fields body) {
        return store.locked(() -> find(walletId).flatMap(wallet -> CardValidation.forBankDeposit(body)
                .map(declared -> trace(walletId, declared, body))));
    }

    private BankTrace trace(long walletId, Optional<Long> declared, Fields body) {
        Instant now = clock.instant();
        long depositId = store.takeDepositId();
        if (declared.isEmpty()) {
            return new BankTrace(depositId, null);
        }
        long amount = declared.get();
        String reference = body.value("transactionReference") instanceof String text ? text : null;
        store.money().addMovement(id -> new WalletTransaction(id, walletId, depositId, null, null, null,
                amount, reference, WalletTransaction.PENDING, now, now.plus(program.get().clearingDelay()), now));
        return new BankTrace(depositId, amount);
    }

    /**
     * POST /wallets/{id}/deposit, deprecated but still working (reference 8.30 documents no replacement and no
     * effect): accepted for a known wallet, it moves nothing; a wallet is funded by bank-deposit trace only [D].
     */
    public Result<Wallet> deprecatedDeposit(long walletId) {
        return store.locked(() -> find(walletId));
    }

    /** POST /wallets/transfer: 422 for a bad field or too little available, 404 for an unknown end, 409 closed. */
    public Result<WalletTransaction> transfer(Fields body) {
        FieldRules rules = new FieldRules(body);
        Long source = rules.requiredInteger("sourceWalletId", 1, Long.MAX_VALUE, "integer > 0");
        Long type = rules.requiredInteger("destinationType", 0, 1, "0 (wallet) or 1 (card)");
        Long destination = rules.requiredInteger("destinationId", 1, Long.MAX_VALUE, "integer > 0");
        Long amount = rules.requiredInteger("amount", 1, Long.MAX_VALUE, "integer > 0 (decimal-implied)");
        String description = rules.optionalText("description", 0, 255);
        if (body.has("sourceCardId")) {
            rules.reject("sourceCardId", SOURCE_RULE);
        }
        if (body.has("sourceType") && !(body.value("sourceType") instanceof Number n && n.longValue() == 0)) {
            rules.reject("sourceType", SOURCE_RULE);
        }
        if (type != null && type == WalletTransaction.TO_WALLET && source != null && source.equals(destination)) {
            rules.reject("destinationId", "must differ from sourceWalletId");
        }
        return rules.result(() -> new Transfer(source, type.intValue(), destination, amount, description))
                .flatMap(transfer -> store.locked(() -> apply(transfer)));
    }

    /** GET /wallets/transactions: cardId and cardholderId (of a destination card), after/before, paging. */
    public Result<Page<WalletTransaction>> list(Fields query) {
        Instant now = clock.instant();
        FieldRules rules = new FieldRules(query);
        ActivityQuery filter = ActivityQuery.read(rules, now, null);
        PageRequest paging = PageRequest.read(rules, ORDERINGS);
        return rules.result(() -> paging).map(request -> store.locked(() -> {
            List<WalletTransaction> matches = store.money().movements(now).stream()
                    .filter(m -> m.listedAt(now))
                    .filter(m -> filter.matches(m.cardId(), m.destinationCardholderId(), m.createdAt())).toList();
            return request.page(matches, Map.of("dateCreated", Comparator.comparing(WalletTransaction::createdAt)),
                    Comparator.comparingLong(WalletTransaction::transId));
        }));
    }

    /**
     * From now on, a new transfer shows in GET /wallets/transactions only {@code lag} after it was made (virtual
     * time); its money moves at once. {@link Duration#ZERO} (the default, and after a reset) lists it at once.
     */
    public void setListingLag(Duration lag) {
        if (lag.isNegative()) {
            throw new IllegalArgumentException("a listing lag must not be negative, got " + lag);
        }
        listingLag = lag;
    }

    /** A wallet's balances; the API has no documented read for them, so only tests and the control surface ask. */
    public Result<WalletBalance> balance(long walletId) {
        Instant now = clock.instant();
        return store.locked(() -> find(walletId)
                .map(wallet -> WalletBalance.of(walletId, store.money().movements(now), now)));
    }

    private Result<WalletTransaction> apply(Transfer transfer) {
        Instant now = clock.instant();
        return find(transfer.source()).flatMap(wallet -> destinationHolder(transfer)).flatMap(holder -> {
            long available = WalletBalance.of(transfer.source(), store.money().movements(now), now)
                    .walletAvailableBalance();
            if (transfer.amount() > available) {
                return Result.failed(DomainError.validation("amount", "must not exceed the source wallet's "
                        + "walletAvailableBalance (" + available + ")"));
            }
            return Result.ok(store.money().addMovement(id -> new WalletTransaction(id, transfer.source(), null,
                    transfer.type(), transfer.destination(), holder.orElse(null), transfer.amount(),
                    transfer.description(), WalletTransaction.COMPLETED, now, now, now.plus(listingLag))));
        });
    }

    /** The destination card's holder (empty for a wallet), or why the destination cannot receive. */
    private Result<Optional<Long>> destinationHolder(Transfer transfer) {
        if (transfer.type() == WalletTransaction.TO_WALLET) {
            return find(transfer.destination()).map(wallet -> Optional.empty());
        }
        return cards.find(transfer.destination()).flatMap(card -> card.issuerCardStatus() == IssuerCardStatus.CLOSED
                ? Result.failed(DomainError.invalidState("card " + card.cardId() + " is Closed (3): it takes no "
                        + "transfers"))
                : Result.ok(Optional.of(card.cardholderId())));
    }

    private Result<Wallet> find(long walletId) {
        return store.money().wallet(walletId).<Result<Wallet>>map(Result::ok)
                .orElseGet(() -> Result.failed(DomainError.notFound("no wallet with id " + walletId)));
    }

    private record Transfer(long source, int type, long destination, long amount, String description) {
    }
}
