package com.axys.golive.evidence;

/** How many records each stream of a bundle holds. */
public record RunTally(long calls, long transitions, long errors, long scenarios) {

    public static final RunTally EMPTY = new RunTally(0, 0, 0, 0);
}
