package com.axys.golive.evidence;

/** The names of the files in a bundle: one list that writer, verifier and docs share. */
public final class EvidenceFiles {

    public static final String MANIFEST = "manifest.json";
    public static final String CALLS = "calls.jsonl";
    public static final String TRANSITIONS = "transitions.jsonl";
    public static final String ERRORS = "errors.jsonl";
    public static final String SCENARIOS = "scenarios.jsonl";
    /** Every TLS connection to the target: host, address and the server's certificate chain. */
    public static final String CONNECTIONS = "connections.jsonl";
    public static final String LOG = "log.jsonl";
    /**
     * The scenarios of the harness this run left out, each with the rule that left it out, so that coverage never
     * calls an item proven on a target where some of what proves it could not run.
     */
    public static final String SELECTION = "selection.json";
    /**
     * A chaos run's seed and rate and every fault the simulator injected, so that the run can be repeated and each
     * fault matched against calls.jsonl and errors.jsonl from the bundle alone.
     */
    public static final String CHAOS = "chaos.json";
    /**
     * A {@code golive proxy} session's injected faults, one hash-chained line each as it happens: what the backend
     * was answered instead of (or after) the target's answer.
     */
    public static final String FAULTS = "faults.jsonl";

    private EvidenceFiles() {
    }

    /**
     * Whether {@code relativePath} (with '/' separators) is the manifest itself, its temporary twin or its detached
     * signature: the only files the manifest does not list. Writer and verifier share this rule.
     */
    public static boolean isManifest(String relativePath) {
        return relativePath.equals(MANIFEST) || relativePath.equals(MANIFEST + ".tmp")
                || relativePath.equals(ManifestSignature.SIGNATURE) || relativePath.equals(ManifestSignature.SIGNER);
    }
}
