package com.axys.golive.simulator.domain;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One simulated Axys Program: its store, data generator and clock, and the operations the API exposes. Built once
 * per simulator; every operation is thread-safe.
 */
public final class SimulatedAxys {

    private final VirtualClock clock;
    private final AxysStore store = new AxysStore();
    private final CardDataGenerator generator;
    private final CardholderOperations cardholders;
    private final KycReviews kyc;
    private final CardIssuance issuance;
    private final CardOperations cards;
    private final CardFunding funding;
    private final CardActivity activity;
    private final WalletOperations wallets;
    private final StagingSimulation staging;
    private final ThreeDSecure threeDSecure;
    private final SupportTickets support;
    private final BankAccounts bankAccounts;

    /**
     * @param program read afresh by every operation, so Program switches take effect at once
     * @param seed    the card-data generator's seed: the same seed gives the same PANs, addresses and links
     */
    public SimulatedAxys(VirtualClock clock, Supplier<? extends ProgramRules> program, long seed) {
        this.clock = Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(program, "program");
        this.generator = new CardDataGenerator(seed);
        this.cardholders = new CardholderOperations(store, clock, program);
        this.kyc = new KycReviews(store, clock, program, generator, cardholders);
        this.issuance = new CardIssuance(store, clock, program, generator, cardholders);
        this.cards = new CardOperations(store, clock);
        this.funding = new CardFunding(store, clock, program, cards);
        this.activity = new CardActivity(store, clock);
        this.wallets = new WalletOperations(store, clock, program, cards);
        this.staging = new StagingSimulation(store, clock, cards);
        this.threeDSecure = new ThreeDSecure(store, clock, program, generator, cardholders, cards);
        this.support = new SupportTickets(store, clock);
        this.bankAccounts = new BankAccounts(store, clock, cardholders);
    }

    public VirtualClock clock() {
        return clock;
    }

    public CardholderOperations cardholders() {
        return cardholders;
    }

    public KycReviews kyc() {
        return kyc;
    }

    public CardIssuance issuance() {
        return issuance;
    }

    public CardOperations cards() {
        return cards;
    }

    public CardFunding funding() {
        return funding;
    }

    public CardActivity activity() {
        return activity;
    }

    public WalletOperations wallets() {
        return wallets;
    }

    /** The staging-only money simulation (spend, deposit). */
    public StagingSimulation staging() {
        return staging;
    }

    /** OTP listeners, 3-D Secure challenges and OTP reads. */
    public ThreeDSecure threeDSecure() {
        return threeDSecure;
    }

    /** Support tickets (the escalation path). */
    public SupportTickets support() {
        return support;
    }

    /** Sending bank account registrations. */
    public BankAccounts bankAccounts() {
        return bankAccounts;
    }

    /**
     * Empties the Program: no cardholders, cards, deposits, transactions, wallets, OTP listeners, tickets or bank
     * account registrations; ids and generated data start again.
     */
    public void reset() {
        store.locked(() -> {
            store.clear();
            generator.restart();
            wallets.setListingLag(java.time.Duration.ZERO);
            return null;
        });
    }
}
