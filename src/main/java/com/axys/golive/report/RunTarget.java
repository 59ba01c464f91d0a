package com.axys.golive.report;

/**
 * Where a run went, and what that means for the evidence pack: the compliance auditor reviews staging activity,
 * so a run on the simulator (or anywhere else) says so in plain words.
 *
 * @param statement one sentence for the top of every report
 */
record RunTarget(String name, String baseUrl, boolean simulator, boolean staging, String statement) {

    static final String SIMULATOR_ONLY = "Proven on the simulator only — run against staging for the evidence pack.";

    static RunTarget of(RunFacts facts) {
        String statement;
        if (facts.simulator()) {
            statement = SIMULATOR_ONLY + " The Axys compliance auditor reviews staging activity; this run shows"
                    + " the integration agrees with the contract on the embedded simulator, and nothing about staging.";
        } else if (facts.staging()) {
            statement = "Proven on Axys staging (" + facts.baseUrl() + "): this is the staging activity the"
                    + " compliance auditor reviews.";
        } else if (facts.targetName().equals("production")) {
            statement = "Run against production (" + facts.baseUrl() + "): Phase 3 verification, not the staging"
                    + " activity the auditor reviews before authority to proceed.";
        } else {
            statement = "Run against '" + facts.targetName() + "' at " + facts.baseUrl() + ", which is neither the"
                    + " simulator nor the Axys staging URL; it proves nothing about staging unless that URL routes"
                    + " to staging.";
        }
        return new RunTarget(facts.targetName(), facts.baseUrl(), facts.simulator(), facts.staging(), statement);
    }

    /** Said after "N confirmed" in the drift line: what a confirmation on this target is worth. */
    String confirmedOn() {
        return simulator() ? " (against the simulator, which is built on the same assumptions: only a staging run can"
                + " confirm them)" : "";
    }
}
