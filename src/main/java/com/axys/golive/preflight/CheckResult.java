package com.axys.golive.preflight;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One check's outcome as the table and the JSON show it. Holds no key material, passphrase or API key.
 *
 * @param detail   one line: what was found
 * @param fix      what to do about it: present (non-empty) exactly when the status is WARN or FAIL
 * @param notes    facts printed under the row (the certificate's subject, the expiry to register)
 * @param commands shell commands that show the same by hand (openssl, dig), printed after the table
 */
public record CheckResult(String check, List<String> checklistIds, CheckStatus status, String detail, String fix,
                          List<String> notes, List<String> commands) {

    public CheckResult {
        Objects.requireNonNull(check, "check");
        checklistIds = List.copyOf(checklistIds);
        Objects.requireNonNull(status, "status");
        detail = oneLine(Objects.requireNonNull(detail, "detail"));
        fix = fix == null ? "" : oneLine(fix);
        if (detail.isEmpty()) {
            throw new IllegalArgumentException("check '" + check + "' reported no detail; say what was found");
        }
        boolean needsFix = status == CheckStatus.WARN || status == CheckStatus.FAIL;
        if (needsFix == fix.isEmpty()) {
            throw new IllegalArgumentException("check '" + check + "' is " + status + (needsFix
                    ? " without a fix; every WARN and FAIL says what to do"
                    : " with a fix; only WARN and FAIL carry one"));
        }
        notes = notes.stream().map(CheckResult::oneLine).toList();
        commands = List.copyOf(commands);
    }

    static CheckResult pass(PreflightCheck check, String detail) {
        return of(check, CheckStatus.PASS, detail, "");
    }

    static CheckResult warn(PreflightCheck check, String detail, String fix) {
        return of(check, CheckStatus.WARN, detail, fix);
    }

    static CheckResult fail(PreflightCheck check, String detail, String fix) {
        return of(check, CheckStatus.FAIL, detail, fix);
    }

    static CheckResult skip(PreflightCheck check, String reason) {
        return of(check, CheckStatus.SKIP, reason, "");
    }

    /** A FAIL from a message written in the house style, "what is wrong; what to do" (see {@link MessageParts}). */
    static CheckResult fail(PreflightCheck check, String message) {
        MessageParts parts = MessageParts.of(message);
        return fail(check, parts.what(), parts.fix());
    }

    private static CheckResult of(PreflightCheck check, CheckStatus status, String detail, String fix) {
        return new CheckResult(check.name(), check.checklistIds(), status, detail, fix, List.of(), List.of());
    }

    /** This result with {@code more} notes after its own. */
    CheckResult withNotes(List<String> more) {
        return new CheckResult(check, checklistIds, status, detail, fix,
                Stream.concat(notes.stream(), more.stream()).toList(), commands);
    }

    /** This result with {@code more} by-hand commands after its own. */
    CheckResult withCommands(List<String> more) {
        return new CheckResult(check, checklistIds, status, detail, fix, notes,
                Stream.concat(commands.stream(), more.stream()).toList());
    }

    public boolean failed() {
        return status == CheckStatus.FAIL;
    }

    /** Whether this result is about one of {@code ids}. */
    boolean covers(String id) {
        return checklistIds.contains(id);
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
