package com.axys.golive.verification;

import com.axys.golive.evidence.EvidenceFiles;
import com.axys.golive.evidence.Hashing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Compares the files of a bundle with the manifest's list. For a complete bundle every listed file must be there
 * with its size and SHA-256, and nothing else may be (the manifest itself aside, as {@code ManifestWriter} leaves
 * out the root manifest.json and its .tmp twin). For an incomplete one the list is from before the run died: files
 * must not have vanished, but sizes, hashes and later files cannot be checked, which a note says.
 */
final class ListedFiles {

    /** How many listed files matched size and SHA-256, and what did not. */
    record Result(int matched, List<Problem> problems) {
        Result {
            problems = List.copyOf(problems);
        }
    }

    private ListedFiles() {
    }

    static Result check(Path root, Manifest manifest, Set<String> streams) {
        Set<String> present = present(root);
        List<Problem> problems = new ArrayList<>();
        int matched = 0;
        Set<String> listed = new TreeSet<>();
        for (Manifest.ListedFile f : manifest.files()) {
            String path = f.path();
            listed.add(path);
            if (path.startsWith("/") || List.of(path.split("/")).contains("..")) {
                problems.add(Problem.defectSentence(EvidenceFiles.MANIFEST, "manifest.json lists " + path
                        + ", which lies outside the bundle (the manifest was edited)"));
            } else if (!present.contains(path)) {
                if (!streams.contains(path)) {
                    problems.add(Problem.defect(path, "is missing (the manifest lists it: it was deleted or renamed"
                            + " after the run)"));
                }
            } else if (manifest.complete()) {
                Problem problem = compare(root.resolve(path), f);
                if (problem == null) {
                    matched++;
                } else {
                    problems.add(problem);
                }
            }
        }
        links(root).forEach(p -> problems.add(Problem.defect(p, "is a symbolic link; the harness writes none, so it"
                + " was added after the run (links are neither followed nor packed)")));
        List<String> unlisted = present.stream().filter(p -> !listed.contains(p)).toList();
        if (manifest.complete()) {
            unlisted.forEach(p -> problems.add(Problem.defectSentence(p, "unlisted file " + p
                    + " was added after the run")));
        } else if (!unlisted.isEmpty()) {
            problems.add(Problem.note(EvidenceFiles.MANIFEST, 0, unlisted.size() + " file(s) written after its last"
                    + " update are not listed and cannot be checked (the run stopped before it could list them)"));
        }
        return new Result(matched, problems);
    }

    private static Problem compare(Path file, Manifest.ListedFile listed) {
        try {
            long size = Files.size(file);
            if (size != listed.size()) {
                return Problem.defect(listed.path(), "size differs from the manifest (" + size + " bytes, manifest"
                        + " says " + listed.size() + ": file altered or truncated)");
            }
            if (!Hashing.sha256(file).equals(listed.sha256())) {
                return Problem.defect(listed.path(), "SHA-256 differs from the manifest (file altered)");
            }
            return null;
        } catch (IOException e) {
            throw CannotRead.of(file, e);
        }
    }

    private static List<String> links(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isSymbolicLink).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw CannotRead.of(root, e);
        }
    }

    /** Every regular file under {@code root} by its '/'-separated relative path, the manifest's own files aside. */
    private static Set<String> present(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            Set<String> files = new TreeSet<>();
            walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !EvidenceFiles.isManifest(p))
                    .forEach(files::add);
            return files;
        } catch (IOException e) {
            throw CannotRead.of(root, e);
        }
    }
}
