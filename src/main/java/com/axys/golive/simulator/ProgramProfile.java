package com.axys.golive.simulator;

import com.axys.golive.simulator.domain.ProgramRules;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * How the simulated Program is configured in Account Management: the switches the harness can flip while the
 * simulator runs ({@link SimulatorControl#setProgram}). Changes make new instances ({@code withX} methods).
 *
 * @param currency                0 USD, 1 CAD, 2 GBP, 3 EUR
 * @param transactionLimitCeiling the Program's limit ceiling, decimal-implied (1000 = $10.00)
 * @param threeDsEnabled          whether the Program has 3-D Secure on (OTP listeners)
 * @param sumsubEnabled           whether cardholders may be created with {@code sumsubEnabled=1}
 * @param approvedDesignSlots     physical design slots 0-5 whose {@code designStatus} is 1
 * @param reviewDelay             how long after a KYC outcome is recorded the cardholder shows it
 * @param clearingDelay           how long a bank deposit takes from {@code ledgerBalance} to {@code availableBalance}
 */
public record ProgramProfile(int currency, long transactionLimitCeiling, boolean threeDsEnabled, boolean sumsubEnabled,
                             Set<Integer> approvedDesignSlots, Duration reviewDelay, Duration clearingDelay)
        implements ProgramRules {

    public static final Duration DEFAULT_REVIEW_DELAY = Duration.ofSeconds(90);
    public static final Duration DEFAULT_CLEARING_DELAY = Duration.ofDays(5);

    public ProgramProfile {
        if (currency < 0 || currency > 3) {
            throw new IllegalArgumentException("currency is 0 (USD), 1 (CAD), 2 (GBP) or 3 (EUR), got " + currency);
        }
        if (transactionLimitCeiling <= 0) {
            throw new IllegalArgumentException("transactionLimitCeiling must be > 0, got " + transactionLimitCeiling);
        }
        approvedDesignSlots = Set.copyOf(Objects.requireNonNull(approvedDesignSlots, "approvedDesignSlots"));
        if (approvedDesignSlots.stream().anyMatch(slot -> slot < 0 || slot > 5)) {
            throw new IllegalArgumentException("design slots are 0-5, got " + approvedDesignSlots);
        }
        requireNotNegative(reviewDelay, "reviewDelay");
        requireNotNegative(clearingDelay, "clearingDelay");
    }

    /** The six-component form: clearing takes {@link #DEFAULT_CLEARING_DELAY}. */
    public ProgramProfile(int currency, long transactionLimitCeiling, boolean threeDsEnabled, boolean sumsubEnabled,
                          Set<Integer> approvedDesignSlots, Duration reviewDelay) {
        this(currency, transactionLimitCeiling, threeDsEnabled, sumsubEnabled, approvedDesignSlots, reviewDelay,
                DEFAULT_CLEARING_DELAY);
    }

    /** USD, ceiling 500000 ($5,000.00), 3DS on, SumSub off, only slot 0 approved, review 90 s, clearing 5 days. */
    public static ProgramProfile defaults() {
        return new ProgramProfile(0, 500_000L, true, false, Set.of(0), DEFAULT_REVIEW_DELAY, DEFAULT_CLEARING_DELAY);
    }

    public ProgramProfile withThreeDsEnabled(boolean enabled) {
        return new ProgramProfile(currency, transactionLimitCeiling, enabled, sumsubEnabled, approvedDesignSlots,
                reviewDelay, clearingDelay);
    }

    public ProgramProfile withSumsubEnabled(boolean enabled) {
        return new ProgramProfile(currency, transactionLimitCeiling, threeDsEnabled, enabled, approvedDesignSlots,
                reviewDelay, clearingDelay);
    }

    public ProgramProfile withApprovedDesignSlots(Set<Integer> slots) {
        return new ProgramProfile(currency, transactionLimitCeiling, threeDsEnabled, sumsubEnabled, slots,
                reviewDelay, clearingDelay);
    }

    public ProgramProfile withTransactionLimitCeiling(long ceiling) {
        return new ProgramProfile(currency, ceiling, threeDsEnabled, sumsubEnabled, approvedDesignSlots, reviewDelay,
                clearingDelay);
    }

    public ProgramProfile withReviewDelay(Duration delay) {
        return new ProgramProfile(currency, transactionLimitCeiling, threeDsEnabled, sumsubEnabled,
                approvedDesignSlots, delay, clearingDelay);
    }

    public ProgramProfile withClearingDelay(Duration delay) {
        return new ProgramProfile(currency, transactionLimitCeiling, threeDsEnabled, sumsubEnabled,
                approvedDesignSlots, reviewDelay, delay);
    }

    private static void requireNotNegative(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, got " + duration);
        }
    }
}
