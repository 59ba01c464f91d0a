package com.axys.golive.simulator;

import java.time.Duration;
import java.util.Set;

/**
 * How the simulated Program is configured in Account Management. STUB shape: to be completed (see the simulator brief).
 */
public record ProgramProfile(int currency, long transactionLimitCeiling, boolean threeDsEnabled, boolean sumsubEnabled,
                             Set<Integer> approvedDesignSlots, Duration reviewDelay) {
    public static ProgramProfile defaults() {
        return new ProgramProfile(0, 500_000L, true, false, Set.of(0), Duration.ofSeconds(90));
    }
}
