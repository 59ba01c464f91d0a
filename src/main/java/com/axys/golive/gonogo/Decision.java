package com.axys.golive.gonogo;

/** The launch verdict, as the page and the console print it. */
public enum Decision {
    /** Every preflight check passed (or was skipped, as preflight itself accepts) and every Phase 3 test passed. */
    GO("GO"),
    /** Nothing is red, but at least one WARN stands: the page says which and what it means. Never a plain GO. */
    GO_WITH_WARNINGS("GO WITH WARNINGS"),
    /** At least one red item: a failed check or test, an unproven test, evidence that does not verify. */
    NO_GO("NO-GO");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
