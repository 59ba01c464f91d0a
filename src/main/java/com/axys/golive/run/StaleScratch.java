package com.axys.golive.run;

import com.axys.golive.evidence.OwnerOnly;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds and deletes the scratch folders of runs that are gone. A folder is only ever judged when it is ours: named
 * {@code golive-run-<pid>-<random>}, a real folder (not a link), owned by this user, and holding the owner file its
 * run wrote ({@code pid}, the process start time, the PID namespace). It is stale when that process no longer runs,
 * or when the PID now belongs to a process started at another time; a folder written from another PID namespace (a
 * container sharing the temp folder) is left alone. Folders of harness versions before this one
 * ({@code golive-pki-<n>}, {@code golive-other-ca-<n>}, PEM and PKCS#12 files only) are removed after a day.
 */
final class StaleScratch {

    static final String OWNER_FILE = ".golive-owner";
    static final Duration LEGACY_AGE = Duration.ofDays(1);

    private static final Pattern NAME = Pattern.compile(Pattern.quote(ScratchFolder.PREFIX) + "(\\d+)-[0-9a-z]+");
    private static final Pattern LEGACY = Pattern.compile("golive-(?:pki|other-ca)-\\d+");
    private static final Pattern LEGACY_FILE = Pattern.compile("[\\w.-]+\\.(?:pem|p12)");

    private StaleScratch() {
    }

    /** Writes the owner file of a new scratch folder. */
    static void claim(Path dir) throws IOException {
        ProcessHandle self = ProcessHandle.current();
        OwnerOnly.writeString(dir.resolve(OWNER_FILE), "pid=" + self.pid() + "\nstarted="
                + self.info().startInstant().map(Object::toString).orElse("") + "\npidns=" + pidNamespace() + "\n");
    }

    /** Deletes every stale folder of ours directly under {@code tmpRoot}; returns those deleted. Never throws. */
    static List<Path> sweep(Path tmpRoot, Path ownFolder, Clock clock) {
        List<Path> deleted = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(tmpRoot, "golive-*")) {
            UserPrincipal me = Files.getOwner(ownFolder, LinkOption.NOFOLLOW_LINKS);
            for (Path entry : entries) {
                if (!entry.equals(ownFolder) && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)
                        && me.equals(Files.getOwner(entry, LinkOption.NOFOLLOW_LINKS))
                        && (deadRun(entry) || oldLegacy(entry, clock))) {
                    delete(entry);
                    deleted.add(entry);
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // best effort: a folder we cannot read is not one we can judge
        }
        return List.copyOf(deleted);
    }

    private static boolean deadRun(Path dir) throws IOException {
        Matcher name = NAME.matcher(dir.getFileName().toString());
        Path ownerFile = dir.resolve(OWNER_FILE);
        if (!name.matches() || !Files.isRegularFile(ownerFile, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Map<String, String> owner = Files.readAllLines(ownerFile).stream().filter(l -> l.contains("="))
                .collect(Collectors.toMap(l -> l.substring(0, l.indexOf('=')), l -> l.substring(l.indexOf('=') + 1),
                        (a, b) -> a));
        if (!name.group(1).equals(owner.get("pid")) || !pidNamespace().equals(owner.getOrDefault("pidns", ""))) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(name.group(1)));
        if (process.isEmpty() || !process.get().isAlive()) {
            return true;
        }
        String started = owner.getOrDefault("started", "");
        String now = process.get().info().startInstant().map(Object::toString).orElse("");
        return !started.isEmpty() && !now.isEmpty() && !started.equals(now);
    }

    private static boolean oldLegacy(Path dir, Clock clock) throws IOException {
        if (!LEGACY.matcher(dir.getFileName().toString()).matches()
                || Files.getLastModifiedTime(dir, LinkOption.NOFOLLOW_LINKS).toInstant()
                .isAfter(clock.instant().minus(LEGACY_AGE))) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.allMatch(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)
                    && LEGACY_FILE.matcher(f.getFileName().toString()).matches());
        }
    }

    /** Deletes {@code dir} and its content without following links; best effort, never throws. */
    static void delete(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // keep going: delete what can be deleted
                }
            });
        } catch (IOException | RuntimeException ignored) {
            // the folder went away meanwhile, or cannot be read: nothing more to do
        }
    }

    /** This process's PID namespace on Linux ({@code pid:[4026531836]}); empty elsewhere. */
    static String pidNamespace() {
        try {
            return Files.readSymbolicLink(Path.of("/proc/self/ns/pid")).toString();
        } catch (IOException | UnsupportedOperationException | SecurityException notLinux) {
            return "";
        }
    }
}
