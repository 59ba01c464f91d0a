package com.axys.golive.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a run needs to know, after precedence (CLI flags &gt; environment &gt; golive.yaml &gt; defaults) has been
 * applied. Holds references to secrets, never their values.
 *
 * @param tags             a Cucumber tag expression chosen by the user, or empty for every scenario
 * @param pollDeadline     how long a polling loop (KYC review, balances) may wait before it fails
 * @param maxCallsPerSecond the client-side rate limit that keeps the harness polite against staging
 * @param transferSettle   how long the transfer guard keeps reading the wallet's movements after an ambiguous answer
 *                         before it may send the transfer again ({@code client.transferSettleSeconds})
 */
public record HarnessConfig(Target target, Credentials credentials, Set<Capability> features, Path evidenceRoot,
                            String tags, Duration connectTimeout, Duration readTimeout, Duration pollDeadline,
                            double maxCallsPerSecond, Duration transferSettle) {

    public HarnessConfig {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(credentials, "credentials");
        features = features.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(features));
        Objects.requireNonNull(evidenceRoot, "evidenceRoot");
        tags = tags == null ? "" : tags.trim();
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(pollDeadline, "pollDeadline");
        if (maxCallsPerSecond <= 0) {
            throw new IllegalArgumentException("maxCallsPerSecond must be positive, got " + maxCallsPerSecond);
        }
        Objects.requireNonNull(transferSettle, "transferSettle");
    }

    /** The form without a transfer settle window: the guard's default ({@link #DEFAULT_TRANSFER_SETTLE}). */
    public HarnessConfig(Target target, Credentials credentials, Set<Capability> features, Path evidenceRoot,
                         String tags, Duration connectTimeout, Duration readTimeout, Duration pollDeadline,
                         double maxCallsPerSecond) {
        this(target, credentials, features, evidenceRoot, tags, connectTimeout, readTimeout, pollDeadline,
                maxCallsPerSecond, DEFAULT_TRANSFER_SETTLE);
    }

    /** The transfer guard's settle window unless golive.yaml says otherwise. */
    public static final Duration DEFAULT_TRANSFER_SETTLE = Duration.ofSeconds(30);

    /** Calls per second against a shared real tenant (staging, production) unless configured otherwise. */
    public static final double POLITE_CALLS_PER_SECOND = 5;
    /** The embedded simulator is ours alone: no need to hold back. */
    public static final double SIMULATOR_CALLS_PER_SECOND = 1000;

    /** The embedded simulator, every Program feature, evidence under {@code evidenceRoot}. */
    public static HarnessConfig simulatorDefaults(Path evidenceRoot) {
        return new HarnessConfig(Target.parse("simulator"), Credentials.none(), EnumSet.allOf(Capability.class),
                evidenceRoot, "", Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(30),
                SIMULATOR_CALLS_PER_SECOND);
    }

    public boolean has(Capability capability) {
        return features.contains(capability);
    }

    public HarnessConfig withTags(String expression) {
        return new HarnessConfig(target, credentials, features, evidenceRoot, expression, connectTimeout, readTimeout,
                pollDeadline, maxCallsPerSecond, transferSettle);
    }
}
