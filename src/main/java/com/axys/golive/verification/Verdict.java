package com.axys.golive.verification;

/**
 * What an auditor may conclude from a bundle, from best to worst. Only {@link #VERIFIED} may be submitted; the CLI
 * exits 4 for the other three, and says which one it is.
 */
public enum Verdict {
    /** Complete run, every chain intact, every file as the manifest lists it, no secret found. */
    VERIFIED,
    /** The run was killed or interrupted: what it captured is intact, but it is not the whole run. Not corrupt. */
    INCOMPLETE,
    /** Something changed after the run: a line, a file, the manifest. The bundle cannot be trusted. */
    CORRUPT,
    /** A secret (card data, key, credential) is written in the bundle: it must not be shared at all. */
    LEAK
}
