package com.axys.golive.verification;

import com.axys.golive.HarnessException;
import com.axys.golive.HarnessException.Category;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Proves that no secret was written: reads every text file under a folder (recursively; a file holding a NUL byte
 * is binary and skipped) and reports each PEM private key, Luhn-valid card number standing alone, secret-named JSON
 * field whose value is not a {@code [REDACTED:...]} marker, credential header and known secret value it finds.
 *
 * <p>A {@link Leak} says where and what kind, never the value. Without known values (an auditor's offline scan) only
 * the patterns apply; after a run, pass the run's own values ({@link KnownSecrets#of(com.axys.golive.redaction.
 * SensitiveValues)}) so that even a secret with no recognisable shape is caught.
 */
public final class LeakScanner {

    /** Scans with the patterns only: what an auditor without the run's secrets can check. */
    public List<Leak> scan(Path dir) {
        return scan(dir, KnownSecrets.none());
    }

    /** Scans with the patterns and these exact values (each of at least {@value KnownSecrets#MIN_LENGTH} chars). */
    public List<Leak> scan(Path dir, Set<String> knownSecrets) {
        return scan(dir, KnownSecrets.of(knownSecrets));
    }

    /**
     * Scans every file under {@code dir} (or {@code dir} itself when it is a file). Leaks come sorted by file, line
     * and column; one place is reported once, by its most precise rule.
     */
    public List<Leak> scan(Path dir, KnownSecrets known) {
        LineRules rules = new LineRules(known);
        List<Leak> leaks = new ArrayList<>();
        for (Path file : files(dir)) {
            String label = Files.isDirectory(dir) ? dir.relativize(file).toString().replace('\\', '/')
                    : String.valueOf(file.getFileName());
            scanFile(file, label, rules, leaks);
        }
        return List.copyOf(leaks);
    }

    private static void scanFile(Path file, String label, LineRules rules, List<Leak> leaks) {
        byte[] bytes = read(file);
        for (byte b : bytes) {
            if (b == 0) {
                return;
            }
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        int lineNo = 0;
        for (int start = 0; start < text.length(); ) {
            int end = text.indexOf('\n', start);
            int next = end < 0 ? text.length() : end + 1;
            String line = text.substring(start, end < 0 ? text.length() : end);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            lineNo++;
            Set<Integer> columns = new HashSet<>();
            for (LineRules.Finding f : rules.apply(line)) {
                if (columns.add(f.column())) {
                    leaks.add(new Leak(label, lineNo, f.column(), f.kind(), f.rule()));
                }
            }
            start = next;
        }
    }

    private static List<Path> files(Path dir) {
        if (!Files.exists(dir)) {
            throw new HarnessException(Category.USAGE, "nothing to scan at " + dir + ": no such folder or file;"
                    + " give the run's evidence folder, e.g. evidence/<run-id>/");
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        } catch (IOException e) {
            throw CannotRead.of(dir, e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw CannotRead.of(file, e);
        }
    }
}
