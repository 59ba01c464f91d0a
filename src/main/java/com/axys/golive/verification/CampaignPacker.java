package com.axys.golive.verification;

import com.axys.golive.HarnessException;
import com.axys.golive.HarnessException.Category;
import com.axys.golive.config.AxysHost;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Packs a campaign, several runs of one target ({@code golive run --continue} picking up what an earlier run left
 * pending), into one zip for the auditor: each bundle's folder unchanged, and at the top {@link CampaignRecord#FILE}
 * and the campaign's coverage ({@code report.CampaignCoverage}). Every bundle is verified first; a corrupt or leaking
 * one, runs of different targets, or one run given twice are refused before anything is written. The zip is written
 * as {@link BundlePacker} writes one bundle's (sorted, one fixed time, ZIP.sha256 beside it), so the same runs give
 * the same bytes.
 */
public final class CampaignPacker {

    private final BundleVerifier verifier = new BundleVerifier();

    /** A member that is corrupt or leaks: the pack is refused, and its report says why (EVIDENCE, exit 4). */
    public static final class Refused extends HarnessException {
        private final transient VerificationReport report;

        Refused(VerificationReport report, Path dir) {
            super(Category.EVIDENCE, "refusing to pack the campaign: " + report.verdict() + ": " + report.runId()
                    + " (" + dir + ")" + (report.verdict() == Verdict.LEAK ? " leaks " + report.leaks().size()
                    + " secret(s) (" + report.leakKinds() + ")" : " changed after the run (" + report.defects().size()
                    + " problem(s))") + ", as listed above; restore the original bundle or leave the run out of the"
                    + " campaign");
            this.report = report;
        }

        /** The refused member's report: its problems, leaks and verdict line, for the command to print. */
        public VerificationReport report() {
            return report;
        }
    }

    /** {@code <parent of the first bundle>/campaign-<earliest run id>.zip}: where a campaign goes without -o. */
    static Path defaultZip(Path firstBundle, String earliestRun) {
        Path dir = firstBundle.toAbsolutePath().normalize();
        return dir.resolveSibling("campaign-" + earliestRun + ".zip");
    }

    /**
     * Verifies every bundle, checks they are distinct runs of one target, then writes the campaign zip to
     * {@code zipOut} (or {@link #defaultZip}) and its checksum file; returns the zip.
     *
     * @throws HarnessException USAGE for a bundle that is not a folder, runs of different targets, a run given twice,
     *                          or a zip inside a bundle; EVIDENCE for a bundle that is corrupt or leaks
     */
    public Path pack(List<Path> bundleDirs, Path zipOut) {
        if (bundleDirs.size() < 2) {
            throw new IllegalArgumentException("a campaign is two or more runs; pack one with BundlePacker");
        }
        List<Path> dirs = new ArrayList<>();
        for (Path given : bundleDirs) {
            if (!Files.isDirectory(given)) {
                throw new HarnessException(Category.USAGE, "cannot pack " + given + ": not a folder; give each run's"
                        + " folder, evidence/<run-id>/ (to check a zip, use 'golive evidence verify')");
            }
            dirs.add(given.toAbsolutePath().normalize());
        }
        List<CampaignRecord.Run> runs = new ArrayList<>();
        for (Path dir : dirs) {
            VerificationReport report = verifier.verify(dir);
            if (report.verdict() == Verdict.CORRUPT || report.verdict() == Verdict.LEAK) {
                throw new Refused(report, dir);
            }
            runs.add(CampaignRecord.Run.of(dir, dir.getFileName().toString(), report.verdict()));
        }
        Map<String, Path> byId = new LinkedHashMap<>();
        Map<String, Path> byFolder = new LinkedHashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            CampaignRecord.Run run = runs.get(i);
            Path earlier = byId.putIfAbsent(run.id(), dirs.get(i));
            if (earlier != null) {
                throw new HarnessException(Category.USAGE, "run " + run.id() + " is given twice (" + earlier + " and "
                        + dirs.get(i) + "); give each run of the campaign once");
            }
            Path sameName = byFolder.putIfAbsent(run.folder(), dirs.get(i));
            if (sameName != null) {
                throw new HarnessException(Category.USAGE, sameName + " and " + dirs.get(i) + " have the same folder"
                        + " name, which the pack keeps; give each run's own folder, evidence/<run-id>/");
            }
            CampaignRecord.Run first = runs.get(0);
            if (!AxysHost.sameBaseUrl(first.baseUrl(), run.baseUrl())) {
                throw new HarnessException(Category.USAGE, "run " + run.id() + " ran against " + run.baseUrl()
                        + ", not " + first.baseUrl() + " as run " + first.id() + " did: a campaign is one target's"
                        + " runs; pack each target's runs apart");
            }
        }
        List<CampaignRecord.Run> ordered = runs.stream().sorted(Comparator.comparing(
                (CampaignRecord.Run r) -> r.startedAt() == null ? "" : r.startedAt()).thenComparing(
                CampaignRecord.Run::id)).toList();
        Path zip = zipOut == null ? defaultZip(dirs.get(0), ordered.get(0).id()) : zipOut.toAbsolutePath().normalize();
        for (Path dir : dirs) {
            if (zip.startsWith(dir)) {
                throw new HarnessException(Category.USAGE, "cannot write the zip " + zip + " inside the bundle " + dir
                        + " (it would be a file the manifest does not list); choose -o outside every run's folder");
            }
        }
        List<BundlePacker.Entry> entries = new ArrayList<>();
        Map<String, Path> folders = new LinkedHashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            folders.put(runs.get(i).folder(), dirs.get(i));
        }
        for (CampaignRecord.Run run : ordered) {
            entries.addAll(BundlePacker.folderEntries(folders.get(run.folder())));
        }
        entries.addAll(records(ordered, folders::get));
        return BundlePacker.writeZip(zip, entries);
    }

    /** campaign.json and the campaign coverage, as the pack holds them and verify derives them again. */
    static List<BundlePacker.Entry> records(List<CampaignRecord.Run> ordered,
                                            java.util.function.Function<String, Path> folder) {
        com.axys.golive.report.CampaignCoverage coverage = coverage(ordered, folder);
        return List.of(BundlePacker.Entry.of(CampaignRecord.FILE, CampaignRecord.write(ordered)),
                BundlePacker.Entry.of(com.axys.golive.report.CampaignCoverage.JSON_FILE,
                        coverage.json().getBytes(StandardCharsets.UTF_8)),
                BundlePacker.Entry.of(com.axys.golive.report.CampaignCoverage.MARKDOWN_FILE,
                        coverage.markdown().getBytes(StandardCharsets.UTF_8)));
    }

    /** The campaign coverage of these runs, from each one's coverage.json in its folder (none: no items). */
    static com.axys.golive.report.CampaignCoverage coverage(List<CampaignRecord.Run> ordered,
                                                            java.util.function.Function<String, Path> folder) {
        List<com.axys.golive.report.CampaignCoverage.Member> members = new ArrayList<>();
        for (CampaignRecord.Run run : ordered) {
            Path file = folder.apply(run.folder()).resolve("coverage.json");
            byte[] bytes;
            try {
                bytes = Files.isRegularFile(file) ? Files.readAllBytes(file) : "{}".getBytes(StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw CannotRead.of(file, e);
            }
            members.add(new com.axys.golive.report.CampaignCoverage.Member(run.id(), run.startedAt(), run.endedAt(),
                    bytes));
        }
        try {
            return com.axys.golive.report.CampaignCoverage.of(members);
        } catch (IllegalArgumentException e) {
            throw new HarnessException(Category.EVIDENCE, e.getMessage() + "; its bundle is damaged: check it with"
                    + " 'golive evidence verify'", e);
        }
    }
}
