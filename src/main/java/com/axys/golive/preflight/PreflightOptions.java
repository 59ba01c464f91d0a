package com.axys.golive.preflight;

import com.axys.golive.config.Target;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How to run the checks.
 *
 * @param target       where the auth test goes (the simulator's with its base URL once started)
 * @param callingIps   the IPv4 addresses Axys will see calls from (NAT EIPs); empty when unknown
 * @param warnDays     fewer days of validity left than this is a WARN
 * @param skipAuthTest leave the authenticated call out
 * @param dnsTimeout   how long one round of DNS lookups may take
 */
public record PreflightOptions(Target target, List<String> callingIps, int warnDays, boolean skipAuthTest,
                               Duration dnsTimeout, Clock clock) {

    public static final int DEFAULT_WARN_DAYS = 30;

    public PreflightOptions {
        Objects.requireNonNull(target, "target");
        callingIps = List.copyOf(callingIps);
        if (warnDays < 0) {
            throw new IllegalArgumentException("warnDays must be 0 or more, got " + warnDays);
        }
        Objects.requireNonNull(dnsTimeout, "dnsTimeout");
        Objects.requireNonNull(clock, "clock");
    }
}
