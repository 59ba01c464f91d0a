package com.axys.golive.verification;

import com.axys.golive.HarnessException;
import com.axys.golive.HarnessException.Category;
import com.axys.golive.config.AxysHost;
import com.axys.golive.report.CoverageAmendment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts a preflight's results ({@code golive preflight --into RUN}) into a run's bundle as evidence: the preflight's
 * JSON document as {@code preflight.json}, the run's coverage decided again for the Phase 2 items it checked, and a
 * new manifest version hashing both ({@link BundleAmendment}). Only a preflight of the run's own target: results of
 * another would claim for this target what was proven elsewhere. A later preflight replaces the file; the earlier
 * manifest version keeps its hash.
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
        try {
            Files.writeString(bundle.resolve(CoverageAmendment.PREFLIGHT_FILE), document + "\n",
                    StandardCharsets.UTF_8);
            CoverageAmendment.preflight(bundle);
            List<String> rewritten = new ArrayList<>(List.of(CoverageAmendment.PREFLIGHT_FILE));
            CoverageAmendment.FILES.stream().filter(f -> Files.isRegularFile(bundle.resolve(f))).forEach(rewritten::add);
            amendment.commit(rewritten, DOING);
        } catch (IOException e) {
            throw BundleAmendment.unwritable(bundle, DOING, e);
        }
    }
}
