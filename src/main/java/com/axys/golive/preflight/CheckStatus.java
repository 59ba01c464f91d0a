package com.axys.golive.preflight;

/** How one preflight check ended. Only {@link #FAIL} fails the preflight. */
public enum CheckStatus {
    /** The rule holds. */
    PASS,
    /** The rule holds today but needs attention (expiry near, not what Axys issues, calling IP unknown). */
    WARN,
    /** Axys would refuse this: the fix is printed with it. */
    FAIL,
    /** Not checked, with the reason (not applicable, skipped by a flag, or an earlier check made it moot). */
    SKIP
}
