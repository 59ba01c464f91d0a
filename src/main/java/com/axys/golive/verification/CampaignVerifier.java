package com.axys.golive.verification;

import com.axys.golive.HarnessException;
import com.axys.golive.HarnessException.Category;
import com.axys.golive.config.AxysHost;
import com.axys.golive.evidence.EvidenceFiles;
import com.axys.golive.report.CampaignCoverage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Verifies a campaign pack ({@link CampaignPacker}) offline, read in place: the whole zip within {@link ZipLimits}
 * first, then every member bundle as {@link BundleVerifier} verifies one, then the pack itself: its ZIP.sha256 when
 * present, {@code campaign.json} against the members (the same runs, each manifest's SHA-256 as recorded, one target),
 * the campaign coverage derived again from the members and compared byte for byte, nothing else at the top, no
 * secret in the campaign's own files. A member removed, added or swapped is a named defect.
 */
public final class CampaignVerifier {

    private static final Set<String> RECORDS = Set.of(CampaignRecord.FILE, CampaignCoverage.JSON_FILE,
            CampaignCoverage.MARKDOWN_FILE);

    private final BundleVerifier members;
    private final ZipLimits limits;
    private final LeakScanner scanner = new LeakScanner();

    /** Verifies members with {@code members} (its trust and signer policy), the pack within {@code limits}. */
    public CampaignVerifier(BundleVerifier members, ZipLimits limits) {
        this.members = Objects.requireNonNull(members, "members");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    public CampaignVerifier() {
        this(new BundleVerifier(), ZipLimits.standard());
    }

    /**
     * Whether {@code given} is a zip whose top holds {@value CampaignRecord#FILE} or the campaign coverage: a campaign
     * pack (one whose campaign.json was removed is then reported as such). Reads only the zip's directory, nothing is
     * inflated; anything else (a folder, a single bundle's zip, not a zip) is not.
     */
    public static boolean isCampaign(Path given) {
        if (!Files.isRegularFile(given) || !BundleSource.isZip(given)) {
            return false;
        }
        try (FileSystem fs = FileSystems.newFileSystem(given)) {
            return RECORDS.stream().anyMatch(name -> Files.isRegularFile(fs.getPath("/" + name)));
        } catch (IOException | RuntimeException e) {
            return false; // the single-bundle path reports a damaged zip in its own words
        }
    }

    public CampaignReport verify(Path zip) {
        String name = String.valueOf(zip.getFileName());
        FileSystem fs;
        try {
            fs = FileSystems.newFileSystem(zip);
        } catch (IOException e) {
            throw new HarnessException(Category.EVIDENCE, name + " cannot be read as a zip (" + e.getClass()
                    .getSimpleName() + "): it is damaged; pack the campaign's run folders again or restore the"
                    + " original zip", e);
        }
        try (fs) {
            BoundedZip.check(zip, fs, limits);
            Path top = fs.getPath("/");
            List<Problem> problems = new ArrayList<>(BundleSource.checksum(zip));
            List<Leak> leaks = new ArrayList<>();
            List<CampaignRecord.Run> listed = listed(top, problems);
            Map<String, Path> folders = new LinkedHashMap<>();
            for (Path entry : BundleSource.list(top)) {
                String entryName = top.relativize(entry).toString().replace("/", "");
                if (Files.isDirectory(entry) && Files.isRegularFile(entry.resolve(EvidenceFiles.MANIFEST))) {
                    folders.put(entryName, entry);
                } else if (Files.isRegularFile(entry) && RECORDS.contains(entryName)) {
                    leaks.addAll(scanner.scan(entry));
                } else {
                    problems.add(Problem.defectSentence(name, name + ": entry " + entryName + " is neither a member"
                            + " bundle nor a campaign record (added to the zip after packing)"));
                }
            }
            Map<String, VerificationReport> reports = new LinkedHashMap<>();
            List<String> order = new ArrayList<>();
            listed.forEach(r -> order.add(r.folder()));
            folders.keySet().stream().filter(f -> !order.contains(f)).sorted().forEach(order::add);
            for (String folder : order) {
                if (folders.containsKey(folder)) {
                    reports.put(folder, members.verify(folders.get(folder)));
                }
            }
            boolean membersMatch = !listed.isEmpty() && membership(listed, folders, problems); // else named above
            if (membersMatch && !listed.isEmpty()) {
                coverage(top, listed, folders, problems);
            } else if (!listed.isEmpty()) {
                problems.add(Problem.note(CampaignCoverage.JSON_FILE, 0, "not derived again from the members, as"
                        + " they do not match campaign.json"));
            }
            return new CampaignReport(zip.toString(), List.copyOf(reports.values()), problems, leaks);
        } catch (IOException e) {
            throw CannotRead.of(zip, e);
        }
    }

    private static List<CampaignRecord.Run> listed(Path top, List<Problem> problems) {
        Path file = top.resolve(CampaignRecord.FILE);
        if (!Files.isRegularFile(file)) {
            problems.add(Problem.defect(CampaignRecord.FILE, "is missing: every campaign pack holds it at the top (it"
                    + " was removed after packing); pack the runs' folders again"));
            return List.of();
        }
        try {
            return CampaignRecord.parse(Files.readAllBytes(file));
        } catch (Manifest.Unreadable e) {
            problems.add(Problem.defect(CampaignRecord.FILE, e.getMessage()));
            return List.of();
        } catch (IOException e) {
            throw CannotRead.of(file, e);
        }
    }

    /** campaign.json against the folders: each listed run there, with its manifest; no other; one target. */
    private static boolean membership(List<CampaignRecord.Run> listed, Map<String, Path> folders,
                                      List<Problem> problems) {
        int before = problems.size();
        for (CampaignRecord.Run run : listed) {
            Path dir = folders.get(run.folder());
            if (dir == null) {
                problems.add(Problem.defectSentence(CampaignRecord.FILE, "campaign.json lists run " + run.id()
                        + ", but the pack has no folder " + run.folder() + "/ (the member was removed after"
                        + " packing)"));
                continue;
            }
            CampaignRecord.Run found;
            try {
                found = CampaignRecord.Run.of(dir, run.folder(), null);
            } catch (IllegalStateException unreadable) {
                continue; // the member's own report names its unreadable manifest
            }
            if (!found.manifestSha256().equals(run.manifestSha256())) {
                problems.add(Problem.defectSentence(CampaignRecord.FILE, run.folder() + "/manifest.json has not the"
                        + " SHA-256 campaign.json records for run " + run.id() + " (the member was swapped for"
                        + " another bundle, or its manifest edited, after packing)"));
            } else if (!found.sameRun(run)) {
                problems.add(Problem.defectSentence(CampaignRecord.FILE, "campaign.json's entry for run " + run.id()
                        + " differs from its manifest (id, target, start or end: campaign.json was edited after"
                        + " packing)"));
            }
        }
        for (String folder : folders.keySet()) {
            if (listed.stream().noneMatch(r -> r.folder().equals(folder))) {
                problems.add(Problem.defectSentence(CampaignRecord.FILE, "folder " + folder + "/ is a bundle that"
                        + " campaign.json does not list (a member was added after packing)"));
            }
        }
        if (listed.stream().map(CampaignRecord.Run::baseUrl).anyMatch(u -> !AxysHost.sameBaseUrl(u,
                listed.get(0).baseUrl()))) {
            problems.add(Problem.defectSentence(CampaignRecord.FILE, "campaign.json lists runs of different targets;"
                    + " a campaign pack holds one target's runs"));
        }
        return problems.size() == before;
    }

    private static void coverage(Path top, List<CampaignRecord.Run> listed, Map<String, Path> folders,
                                 List<Problem> problems) throws IOException {
        CampaignCoverage derived = CampaignPacker.coverage(listed, folders::get);
        Map<String, String> expected = Map.of(CampaignCoverage.JSON_FILE, derived.json(),
                CampaignCoverage.MARKDOWN_FILE, derived.markdown());
        for (String file : List.of(CampaignCoverage.JSON_FILE, CampaignCoverage.MARKDOWN_FILE)) {
            Path path = top.resolve(file);
            if (!Files.isRegularFile(path)) {
                problems.add(Problem.defect(file, "is missing (every campaign pack holds it: removed after"
                        + " packing)"));
            } else if (!Arrays.equals(Files.readAllBytes(path), expected.get(file).getBytes(StandardCharsets.UTF_8))) {
                problems.add(Problem.defect(file, "differs from the coverage the members' own coverage.json gives"
                        + " (edited after packing)"));
            }
        }
    }
}
