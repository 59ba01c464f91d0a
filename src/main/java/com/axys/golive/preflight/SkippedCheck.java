package com.axys.golive.preflight;

import java.util.List;
import java.util.Objects;

/** A check that does not apply to this run, with the reason (the simulator has no DNS; --skip-auth-test). */
final class SkippedCheck implements PreflightCheck {

    private final String name;
    private final List<String> checklistIds;
    private final String reason;

    SkippedCheck(String name, List<String> checklistIds, String reason) {
        this.name = Objects.requireNonNull(name, "name");
        this.checklistIds = List.copyOf(checklistIds);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> checklistIds() {
        return checklistIds;
    }

    @Override
    public CheckResult run(List<CheckResult> earlier) {
        return CheckResult.skip(this, reason);
    }
}
