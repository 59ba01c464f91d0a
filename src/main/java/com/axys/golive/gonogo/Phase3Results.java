package com.axys.golive.gonogo;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Phase 3 results of one {@code golive verify-production} bundle ({@code production-verification.json}), the
 * bundle's verification and the sign-offs recorded in it.
 *
 * @param evidenceVerified whether {@code BundleVerifier} found the bundle VERIFIED
 * @param evidenceLine     the verifier's verdict line
 */
public record Phase3Results(String source, String runId, String target, String baseUrl, boolean rehearsal,
                            List<Test> tests, boolean evidenceVerified, String evidenceLine,
                            List<SignOffRecord> signOffs) {

    /** One row of the pass-criteria table: {@code result} is PASS, FAIL, MANUAL or WARN. */
    public record Test(int number, String checklistId, String name, String passCriteria, String result,
                       String notes) {

        public Test {
            checklistId = checklistId == null ? "" : checklistId;
            name = name == null ? "" : name;
            passCriteria = passCriteria == null ? "" : passCriteria;
            Objects.requireNonNull(result, "result");
            notes = notes == null ? "" : notes;
        }

        public String label() {
            return number + ". " + name;
        }
    }

    /** One line of the bundle's {@code signoffs.jsonl}. */
    public record SignOffRecord(String item, String by, String ref, String at) {
    }

    public Phase3Results {
        Objects.requireNonNull(source, "source");
        tests = List.copyOf(tests);
        evidenceLine = evidenceLine == null ? "" : evidenceLine;
        signOffs = List.copyOf(signOffs);
    }

    /** The latest sign-off of {@code item}, if a person recorded one. */
    public Optional<SignOffRecord> signOff(String item) {
        return signOffs.stream().filter(s -> s.item().equals(item)).reduce((first, second) -> second);
    }
}
