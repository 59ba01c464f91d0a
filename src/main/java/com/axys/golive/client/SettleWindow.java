package com.axys.golive.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How long the {@link TransferGuard} keeps reading the wallet's movements after an ambiguous answer before it may
 * decide that a transfer was not made: a target whose movement list lags behind its ledger shows a made transfer
 * only after a while, and a re-post before then would move the money twice. The reads come at once, then after 1 s,
 * 2 s, 4 s and every 8 s, until the waits add up to {@code length} (the last one shortened to fit).
 *
 * @param length the whole window; {@link Duration#ZERO} reads once
 */
public record SettleWindow(Duration length) {

    /** Long enough for a read model that lags by seconds, short enough for a run that meets a few ambiguous answers. */
    public static final Duration DEFAULT_LENGTH = Duration.ofSeconds(30);
    /** A window longer than this is a mistake in the configuration, not a lag anyone waits out within a run. */
    public static final Duration MAX_LENGTH = Duration.ofHours(1);

    private static final List<Duration> FIRST_WAITS = List.of(Duration.ofSeconds(1), Duration.ofSeconds(2),
            Duration.ofSeconds(4));
    private static final Duration CAP = Duration.ofSeconds(8);

    public SettleWindow {
        Objects.requireNonNull(length, "length");
        if (length.isNegative() || length.compareTo(MAX_LENGTH) > 0) {
            throw new IllegalArgumentException("a transfer settle window is 0 s to " + MAX_LENGTH.toMinutes()
                    + " min, got " + length.toSeconds() + " s; set client.transferSettleSeconds in golive.yaml");
        }
    }

    public static SettleWindow standard() {
        return new SettleWindow(DEFAULT_LENGTH);
    }

    /** The waits between one read and the next; they add up to {@link #length()}. */
    List<Duration> waits() {
        List<Duration> waits = new ArrayList<>();
        Duration left = length;
        for (int i = 0; !left.isZero(); i++) {
            Duration next = i < FIRST_WAITS.size() ? FIRST_WAITS.get(i) : CAP;
            next = next.compareTo(left) > 0 ? left : next;
            waits.add(next);
            left = left.minus(next);
        }
        return waits;
    }
}
