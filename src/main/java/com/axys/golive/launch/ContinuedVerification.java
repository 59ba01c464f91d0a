package com.axys.golive.launch;

import java.nio.file.Path;
import java.util.List;
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

    /** RUN {@code runId}'s outcomes and creations, from its bundle folder. */
    public static ContinuedVerification of(String runId, Path bundle) {
        return new ContinuedVerification(runId, BundleRecords.scenarios(bundle), BundleRecords.created(bundle));
    }
}
