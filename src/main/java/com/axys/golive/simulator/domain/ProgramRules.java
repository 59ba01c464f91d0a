package com.axys.golive.simulator.domain;

import java.time.Duration;
import java.util.Set;

/**
 * The Program settings the simulated behaviour depends on (set in Account Management in real life). Read afresh on
 * every operation, so the harness can flip them while the simulator runs.
 */
public interface ProgramRules {

    /** The Program's {@code transactionLimit} ceiling, decimal-implied. */
    long transactionLimitCeiling();

    /** Whether the Program has 3-D Secure on: without it no OTP listener can be set up and no OTP is produced. */
    boolean threeDsEnabled();

    /** Whether the Program has SumSub enabled (cardholders may then be created with {@code sumsubEnabled=1}). */
    boolean sumsubEnabled();

    /** Design slots (0-5) whose {@code designStatus} is 1. */
    Set<Integer> approvedDesignSlots();

    /** How long after an outcome is recorded the cardholder shows it. */
    Duration reviewDelay();

    /** How long a bank deposit takes to reach {@code availableBalance}. */
    Duration clearingDelay();
}
