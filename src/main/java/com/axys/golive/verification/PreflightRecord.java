package com.axys.golive.verification;

import com.axys.golive.HarnessException;
import com.axys.golive.HarnessException.Category;
import com.axys.golive.config.AxysHost;
import com.axys.golive.report.CoverageAmendment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts a preflight's results ({@code golive preflight --into RUN}) into a run's bundle as evidence: the preflight's
 * JSON document as {@code preflight.json}, the run's coverage decided again for the Phase 2 items it checked, and a
 * new manifest version hashing both ({@link BundleAmendment}). Only a preflight of the run's own target: results of
 * another would claim for this target what was proven elsewhere. A run takes one preflight's results: a later one is refused
 * (amending the amended coverage would mix the two).
 */
public final class PreflightRecord {

    private static final String DOING = "add the preflight results";

    private PreflightRecord() {
    }

    /**
     * @param targetName the preflight's target ({@code staging}, {@code production}, {@code simulator}, ...)
     * @param baseUrl    its base URL; for the embedded simulator any (each start has its own port)
     * @throws HarnessException usage: another target, not a bundle, signed; evidence: a bundle that does not verify
     */
    public static void into(Path bundle, String document, String targetName, String baseUrl) {
        BundleAmendment amendment = BundleAmendment.open(bundle, DOING);
        var target = amendment.manifest().path("target");
        String runTarget = target.path("name").asText();
        String runUrl = target.path("baseUrl").asText();
        boolean same = runTarget.equals(targetName)
                && (targetName.equals("simulator") || AxysHost.sameBaseUrl(runUrl, baseUrl));
        if (!same) {
            throw new HarnessException(Category.USAGE, "--into: run " + bundle.getFileName() + " ran against "
                    + runTarget + " (" + runUrl + ") but this preflight checked " + targetName + " (" + baseUrl
                    + "); give the run of the same target, or leave out --into");
        }
        if (Files.exists(bundle.resolve(CoverageAmendment.PREFLIGHT_FILE))) {
            throw new HarnessException(Category.USAGE, "--into: run " + bundle.getFileName() + " already holds"
                    + " preflight results; its coverage keeps them. A later preflight is evidence of its own: leave"
                    + " out --into (its own bundle holds the results), or put it into a newer run");
        }
        byte[] bytes = (document + "\n").getBytes(StandardCharsets.UTF_8);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(CoverageAmendment.PREFLIGHT_FILE, bytes);
        files.putAll(CoverageAmendment.preflight(bundle, bytes));
        amendment.commit(files, DOING);
    }
}
