package com.axys.golive.preflight;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which of the two causes of a 403 "No Authorised IPs configured" applies, with the DNS facts it rests on.
 *
 * @param cause      {@code ip-not-allowlisted} (FCrDNS verifiably passes for every calling IP), {@code fcrdns-failed}
 *                   (it verifiably fails for one) or {@code undetermined} (DNS did not answer, or no calling IP known)
 * @param reason     one sentence: why this cause, or what is missing to tell
 * @param callingIps the calling IPs checked (empty when none is known)
 * @param domains    the client certificate's CN/SAN DNS names
 * @param addresses  A records by domain, as {@code DnsAnswer.describe()} words them
 * @param pointers   PTR records by calling IP, worded the same way
 */
public record IpRefusalDiagnosis(String cause, String reason, List<String> callingIps, List<String> domains,
                                 Map<String, String> addresses, Map<String, String> pointers) {

    public static final String IP_NOT_ALLOWLISTED = "ip-not-allowlisted";
    public static final String FCRDNS_FAILED = "fcrdns-failed";
    public static final String UNDETERMINED = "undetermined";

    public IpRefusalDiagnosis {
        if (!List.of(IP_NOT_ALLOWLISTED, FCRDNS_FAILED, UNDETERMINED).contains(cause)) {
            throw new IllegalArgumentException("unknown 403 cause '" + cause + "'");
        }
        Objects.requireNonNull(reason, "reason");
        callingIps = List.copyOf(callingIps);
        domains = List.copyOf(domains);
        addresses = Collections.unmodifiableMap(new LinkedHashMap<>(addresses));
        pointers = Collections.unmodifiableMap(new LinkedHashMap<>(pointers));
    }
}
