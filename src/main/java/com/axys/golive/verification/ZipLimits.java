package com.axys.golive.verification;

/**
 * How much a bundle zip may unpack to before verify refuses to read it: entries, bytes per entry, bytes in all,
 * and how many times its compressed size an entry may grow (checked once an entry passes {@code ratioFloorBytes}:
 * small files may compress very well and are harmless). A real bundle is far inside {@link #standard()}: a full
 * simulator run packs 219 entries, 7 MiB unpacked, the best ratio 17:1; a zip bomb of zeros is about 1000:1.
 */
public record ZipLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio, long ratioFloorBytes) {

    public ZipLimits {
        if (maxEntries < 1 || maxEntryBytes < 1 || maxTotalBytes < 1 || maxRatio < 1 || ratioFloorBytes < 0) {
            throw new IllegalArgumentException("zip limits must be positive: " + maxEntries + ", " + maxEntryBytes
                    + ", " + maxTotalBytes + ", " + maxRatio + ", " + ratioFloorBytes);
        }
    }

    /** 10 000 entries, 128 MiB per entry, 1 GiB in all, 200:1 beyond the first MiB of an entry. */
    public static ZipLimits standard() {
        return new ZipLimits(10_000, 128L << 20, 1L << 30, 200, 1L << 20);
    }
}
