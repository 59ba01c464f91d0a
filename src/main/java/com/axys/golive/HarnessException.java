package com.axys.golive;

import java.util.Objects;

/**
 * An expected failure the user can fix: bad input, unusable credentials, an unreachable target, a broken evidence
 * bundle. Its message names the thing, the rule and the fix, and never carries a secret value. The CLI prints the
 * message as one line and exits with the category's code; anything else is a harness defect.
 */
public class HarnessException extends RuntimeException {

    /** What kind of failure: decides the CLI's exit code (see {@code cli.ExitCode}). */
    public enum Category {
        /** Bad flags, unknown target, malformed config, a missing file: exit 2. */
        USAGE,
        /** TLS, certificate, key, network or preflight failure: exit 3. */
        CONNECTIVITY,
        /** Evidence integrity or leak failure: exit 4. */
        EVIDENCE
    }

    private final Category category;

    public HarnessException(Category category, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.category = Objects.requireNonNull(category, "category");
    }

    public HarnessException(Category category, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.category = Objects.requireNonNull(category, "category");
    }

    public Category category() {
        return category;
    }
}
