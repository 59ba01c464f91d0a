package com.axys.golive.security;

import java.util.List;

/** What an attacker or a careless user gives the harness, shared by the security tests that replay it. */
public final class HostileInputs {

    /** --tags values that tried (or might try) to reach past the run's policy, and malformed ones. */
    public static final List<String> TAG_EXPRESSIONS = List.of(
            "@checklist:P1.INT.01) or (@checklist:P1.INT.01",
            "@simulator-only) or (@x",
            "@raises-ticket) or (@x",
            "@production-safe) or (not @production-safe",
            ") or (",
            "not @production-safe",
            "@simulator-only",
            "@raises-ticket",
            "@verify-production",
            "@checklist:P1.INT.01 or not @checklist:P1.INT.01",
            "not (@production-safe)",
            "@production-safe or @simulator-only",
            "@production-safe or not @production-safe",
            "@checklist:P1.ERR.01",
            "@if:physical or @if:bank or @if:wallets or @if:3ds",
            "@security",
            "not @wip",
            "@wip",
            "@production-safe\\) or \\(@x",
            "@a\\ or\\ @b",
            "@production-safe AND @simulator-only",
            "@production-safe and (@simulator-only or not @simulator-only)",
            "((((@checklist:P1.INT.02))))",
            "@checklist:P3.02",
            "@production-safe and @verify-production",
            "");

    private HostileInputs() {
    }
}
