package com.axys.golive.simulator;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Why the simulated WAF answers 403 "No Authorised IPs configured", and the calling host's DNS that goes with it:
 * the allowlist refused an IP whose FCrDNS passes, FCrDNS failed (the PTR names a host outside the certificate), or
 * the name server cannot answer at all, so nobody can tell.
 */
public enum NoAuthorisedIpsCause {
    IP_NOT_ALLOWLISTED, FCRDNS_FAILED, UNDETERMINED;

    /** {@code ip-not-allowlisted}, {@code fcrdns-failed} or {@code undetermined}: the word errors.jsonl uses. */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static NoAuthorisedIpsCause of(String word) {
        for (NoAuthorisedIpsCause cause : values()) {
            if (cause.word().equals(word)) {
                return cause;
            }
        }
        throw new IllegalArgumentException("unknown 403 cause '" + word + "'; use ip-not-allowlisted, fcrdns-failed"
                + " or undetermined");
    }

    /** Fills {@code zone} as this cause needs it for a host calling from {@code callingIp} with {@code domain}. */
    public void arrange(LocalDnsZone zone, String callingIp, String domain) {
        switch (this) {
            case IP_NOT_ALLOWLISTED -> zone.serve(Map.of(domain, List.of(callingIp)), Map.of(callingIp, domain));
            case FCRDNS_FAILED -> zone.serve(Map.of(domain, List.of(callingIp)),
                    Map.of(callingIp, "host-" + callingIp.replace('.', '-') + ".isp.example.net"));
            case UNDETERMINED -> {
                zone.serve(Map.of(), Map.of());
                zone.failing(true);
            }
        }
    }
}
