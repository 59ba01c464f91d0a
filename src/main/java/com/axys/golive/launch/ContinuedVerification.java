package com.axys.golive.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;

/**
 * The run a {@code verify-production --continue RUN} continues, as its pass-criteria table needs it: how RUN's
 * scenarios ended (for the tests this run does not repeat) and what RUN created (still to be cleaned up). Read from
 * RUN's bundle with {@link BundleRecords}, as this run's own table is.
 */
public record ContinuedVerification(String runId, List<ScenarioOutcome> outcomes, List<CreatedEntity> created) {

    public ContinuedVerification {
        Objects.requireNonNull(runId, "runId");
        outcomes = List.copyOf(outcomes);
        created = List.copyOf(created);
    }

    /**
     * RUN {@code runId}'s outcomes and creations, from its bundle folder. When RUN itself continued an earlier run
     * (a chain: run 3 continues run 2, which continued run 1) and that run's folder sits beside it, the tests RUN did
     * not repeat come from there, and so do its creations, back to the run that created the test cardholder. The
     * chain stops at a run id that is not a folder name, a folder that is missing, or a bundle that does not verify.
     */
    public static ContinuedVerification of(String runId, Path bundle) {
        List<ScenarioOutcome> outcomes = new ArrayList<>(BundleRecords.scenarios(bundle));
        List<CreatedEntity> created = new ArrayList<>(BundleRecords.created(bundle));
        Set<String> seen = new HashSet<>(Set.of(runId));
        Path at = bundle;
        for (var earlier = BundleRecords.continued(at); earlier.isPresent() && seen.add(earlier.get());
             earlier = BundleRecords.continued(at)) {
            if (!com.axys.golive.evidence.RunId.isValid(earlier.get())) {
                break; // a run id is a folder name: anything else (../x) is not followed
            }
            at = at.resolveSibling(earlier.get());
            if (!Files.isDirectory(at) || !new com.axys.golive.verification.BundleVerifier().verify(at).verified()) {
                break; // an earlier bundle that does not verify proves nothing here
            }
            Set<String> proven = new HashSet<>();
            outcomes.forEach(o -> proven.addAll(o.checklistIds()));
            BundleRecords.scenarios(at).stream().filter(o -> o.checklistIds().stream().noneMatch(proven::contains))
                    .forEach(outcomes::add);
            created.addAll(0, BundleRecords.created(at));
        }
        return new ContinuedVerification(runId, outcomes, created);
    }
}
