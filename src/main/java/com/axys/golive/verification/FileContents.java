package com.axys.golive.verification;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * What the leak scan reads of one file. Text is read as UTF-8. A file holding a NUL byte is binary and is read as
 * bytes, one character per byte (ISO-8859-1), so ASCII written into it shows; when it looks like UTF-16 (a byte
 * order mark, or every other byte NUL) it is read as UTF-16 too. Gzip data ({@code 1f 8b}, whatever the file's name)
 * is decompressed, nested gzip too, up to {@value #MAX_INFLATED_BYTES} bytes a level, and its own bytes are read
 * as well (a decompressor ignores what follows the last member): beyond the bound, or when the data is damaged, the
 * file cannot be proven free of secrets, and {@link #unscannable()} says why (what could be decompressed before is
 * still scanned).
 */
final class FileContents {

    /**
     * How far gzip data is inflated: {@code maxBytes} a level, and {@code maxRatio} times the compressed size once
     * past {@code ratioFrom} bytes (text compresses some ten times; a bomb of zeros a thousand).
     */
    record Limits(long maxBytes, long ratioFrom, int maxRatio) {

        /** 64 MiB: far above any evidence file, far below what a gzip bomb would make of memory. */
        static final Limits DEFAULT = new Limits(64L << 20, 1L << 20, 200);

        long boundFor(long compressed) {
            return Math.min(maxBytes, Math.max(ratioFrom, compressed * maxRatio));
        }
    }
    private static final int MAX_NESTED_GZIP = 4;
    private static final int UTF16_SAMPLE = 4096;
    private static final int CHUNK = 64 << 10;

    private final List<String> texts;
    private final String unscannable;

    private FileContents(List<String> texts, String unscannable) {
        this.texts = List.copyOf(texts);
        this.unscannable = unscannable;
    }

    static FileContents of(byte[] bytes) {
        return of(bytes, Limits.DEFAULT);
    }

    static FileContents of(byte[] bytes, Limits limits) {
        if (!isGzip(bytes)) {
            return new FileContents(texts(bytes), null);
        }
        // The container's own bytes too: whatever follows the last gzip member is ignored by the decompressor.
        List<String> texts = new ArrayList<>(List.of(new String(bytes, StandardCharsets.ISO_8859_1)));
        byte[] data = bytes;
        String unscannable = null;
        for (int depth = 0; isGzip(data) && unscannable == null; depth++) {
            if (depth == MAX_NESTED_GZIP) {
                unscannable = "gzip nested more than " + MAX_NESTED_GZIP + " deep: cannot be proven free of secrets;"
                        + " decompress it by hand and scan what it holds";
                break;
            }
            Inflated inflated = inflate(data, limits);
            data = inflated.bytes();
            unscannable = inflated.problem();
        }
        texts.addAll(texts(data));
        return new FileContents(texts, unscannable);
    }

    /** The readings of the file to scan, each split into lines by the scanner. */
    List<String> texts() {
        return texts;
    }

    /** Why (part of) the file could not be read, or null. The text is fixed wording: it never quotes the file. */
    String unscannable() {
        return unscannable;
    }

    private static List<String> texts(byte[] data) {
        if (!hasNul(data)) {
            return List.of(new String(data, StandardCharsets.UTF_8));
        }
        List<String> texts = new ArrayList<>(2);
        texts.add(new String(data, StandardCharsets.ISO_8859_1));
        Charset utf16 = utf16(data);
        if (utf16 != null) {
            texts.add(new String(data, utf16));
        }
        return texts;
    }

    private record Inflated(byte[] bytes, String problem) { }

    private static Inflated inflate(byte[] gzip, Limits limits) {
        long bound = limits.boundFor(gzip.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[CHUNK];
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                int room = (int) (bound - out.size());
                out.write(buffer, 0, Math.min(n, room));
                if (n > room) {
                    return new Inflated(out.toByteArray(), "gzip data inflates beyond " + bound + " bytes (the bound: "
                            + (limits.maxBytes() >> 20) + " MiB, and " + limits.maxRatio() + " times its compressed"
                            + " size): cannot be proven free of secrets; decompress it by hand and scan what it holds");
                }
            }
            return new Inflated(out.toByteArray(), null);
        } catch (IOException e) {
            return new Inflated(out.toByteArray(), "damaged gzip data (" + e.getClass().getSimpleName() + "): cannot"
                    + " be proven free of secrets; restore the file from the original bundle");
        }
    }

    private static boolean isGzip(byte[] data) {
        return data.length >= 2 && (data[0] & 0xff) == 0x1f && (data[1] & 0xff) == 0x8b;
    }

    private static boolean hasNul(byte[] data) {
        for (byte b : data) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** UTF-16LE or BE when there is a byte order mark or most bytes at odd (LE) or even (BE) offsets are NUL. */
    private static Charset utf16(byte[] data) {
        if (data.length >= 2 && ((data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xfe
                || (data[0] & 0xff) == 0xfe && (data[1] & 0xff) == 0xff)) {
            return StandardCharsets.UTF_16;
        }
        int n = Math.min(data.length, UTF16_SAMPLE) & ~1;
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            evenNul += data[i] == 0 ? 1 : 0;
            oddNul += data[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (pairs > 0 && oddNul * 10 >= pairs * 9 && evenNul * 10 < pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (pairs > 0 && evenNul * 10 >= pairs * 9 && oddNul * 10 < pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }
}
