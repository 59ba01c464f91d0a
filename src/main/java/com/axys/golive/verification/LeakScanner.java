package com.axys.golive.verification;

import com.axys.golive.HarnessException;
import com.axys.golive.HarnessException.Category;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Proves that no secret was written: reads every file under a folder (recursively; text as UTF-8, a binary file as
 * bytes, gzip data decompressed within a bound: see {@link FileContents}) and reports each PEM private key, card
 * number standing alone (in one run or in groups), secret-named JSON field whose value is not a
 * {@code [REDACTED:...]} marker, credential header, CVV, PIN or OTP code written after its name, last four digits of
 * a card number, and known secret value it finds. A file it cannot read to the end (a gzip bomb, damaged gzip data)
 * is reported as kind {@value #UNSCANNABLE}: not proven clean is not clean.
 *
 * <p>A {@link Leak} says where and what kind, never the value. Without known values (an auditor's offline scan) only
 * the patterns apply; after a run, pass the run's own values ({@link KnownSecrets#of(com.axys.golive.redaction.
 * SensitiveValues)}) so that even a secret with no recognisable shape is caught.
 */
public final class LeakScanner {

    /** The kind of a finding for a file that cannot be proven free of secrets (a gzip bomb, damaged gzip data). */
    public static final String UNSCANNABLE = "unscannable";

    /** Files from this size on that start as text are scanned line by line (bounded memory). */
    static final long STREAM_FROM = 16L << 20;
    private static final int SNIFF = 64 << 10;

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
        if (streamable(file)) {
            scanLines(file, label, rules, leaks);
            return;
        }
        FileContents contents = FileContents.of(read(file));
        List<Leak> found = new ArrayList<>();
        if (contents.unscannable() != null) {
            found.add(new Leak(label, 1, 1, UNSCANNABLE, contents.unscannable()));
        }
        Set<Long> places = new HashSet<>();
        for (String text : contents.texts()) {
            scanText(text, label, rules, places, found);
        }
        found.sort(Comparator.comparingLong(Leak::line).thenComparingInt(Leak::column));
        leaks.addAll(found);
    }

    /** Each place ({@code line << 32 | column}) once, by its most precise rule, whichever reading found it first. */
    private static void scanText(String text, String label, LineRules rules, Set<Long> places, List<Leak> leaks) {
        int lineNo = 0;
        for (int start = 0; start < text.length(); ) {
            int end = text.indexOf('\n', start);
            int next = end < 0 ? text.length() : end + 1;
            String line = text.substring(start, end < 0 ? text.length() : end);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            lineNo++;
            for (LineRules.Finding f : rules.apply(line)) {
                if (places.add((long) lineNo << 32 | f.column())) {
                    leaks.add(new Leak(label, lineNo, f.column(), f.kind(), f.rule()));
                }
            }
            start = next;
        }
    }

    /**
     * A large file that starts as text (no gzip magic, no NUL in its first {@value #SNIFF} bytes), the streams of a
     * long run: scanned line by line, so memory stays bounded however large the bundle. A line holding a NUL is read
     * as bytes too (ISO-8859-1), as {@link FileContents} reads a binary file.
     */
    private static boolean streamable(Path file) {
        try {
            if (Files.size(file) < STREAM_FROM) {
                return false;
            }
            byte[] head = new byte[SNIFF];
            int n;
            try (var in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, SNIFF);
            }
            if (n >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                if (head[i] == 0) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw CannotRead.of(file, e);
        }
    }

    private static void scanLines(Path file, String label, LineRules rules, List<Leak> leaks) {
        List<Leak> found = new ArrayList<>();
        long[] lineNo = {0};
        java.util.function.Consumer<byte[]> scan = bytes -> {
            lineNo[0]++;
            String line = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            Set<Integer> columns = new HashSet<>();
            List<String> readings = line.indexOf('\0') < 0 ? List.of(line)
                    : List.of(line, new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
            for (String reading : readings) {
                for (LineRules.Finding f : rules.apply(reading)) {
                    if (columns.add(f.column())) {
                        found.add(new Leak(label, lineNo[0], f.column(), f.kind(), f.rule()));
                    }
                }
            }
        };
        try {
            ChainCheck.eachLine(file, scan, scan);
        } catch (IOException e) {
            throw CannotRead.of(file, e);
        }
        found.sort(Comparator.comparingLong(Leak::line).thenComparingInt(Leak::column));
        leaks.addAll(found);
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
