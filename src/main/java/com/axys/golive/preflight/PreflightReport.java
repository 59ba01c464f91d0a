package com.axys.golive.preflight;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Every check's result, in the order they ran, and the verdict: the preflight fails when any check failed. */
public record PreflightReport(String target, List<CheckResult> results) {

    public PreflightReport {
        Objects.requireNonNull(target, "target");
        results = List.copyOf(results);
    }

    public boolean passed() {
        return results.stream().noneMatch(CheckResult::failed);
    }

    public long count(CheckStatus status) {
        return results.stream().filter(r -> r.status() == status).count();
    }

    /** e.g. {@code FAILED: 2 of 7 checks failed (validity, key matches certificate); 1 warning, 1 skipped}. */
    public String verdictLine() {
        String rest = count(CheckStatus.WARN) + plural(count(CheckStatus.WARN), " warning") + ", "
                + count(CheckStatus.SKIP) + " skipped" + named(CheckStatus.SKIP);
        if (passed()) {
            return "PASSED: " + count(CheckStatus.PASS) + " of " + results.size() + " checks passed; " + rest;
        }
        return "FAILED: " + count(CheckStatus.FAIL) + " of " + results.size() + " checks failed"
                + named(CheckStatus.FAIL) + "; " + rest;
    }

    private String named(CheckStatus status) {
        String names = results.stream().filter(r -> r.status() == status).map(CheckResult::check)
                .collect(Collectors.joining(", "));
        return names.isEmpty() ? "" : " (" + names + ")";
    }

    private static String plural(long n, String noun) {
        return n == 1 ? noun : noun + "s";
    }
}
