package com.axys.golive.preflight;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.xbill.DNS.Resolver;

/**
 * Tells the two causes of a 403 "No Authorised IPs configured" apart with the FCrDNS rule preflight uses (same
 * dnsjava lookups, same {@link FcrdnsEvaluation}): asked once per run, on the first such refusal, and kept, so no
 * other call ever waits on DNS. {@link #forget()} drops the kept answer (the simulator changed its DNS zone).
 */
public final class IpRefusalDiagnostician {

    private final List<String> domains;
    private final List<String> callingIps;
    private final Supplier<Resolver> resolver;
    private final Duration timeout;
    private IpRefusalDiagnosis kept;

    /**
     * @param certificate the client certificate whose CN/SAN DNS names Axys's WAF resolves
     * @param callingIps  the IPs Axys sees calls from ({@code --calling-ip}); empty when unknown
     * @param resolver    asked for only when a refusal is diagnosed
     */
    public IpRefusalDiagnostician(X509Certificate certificate, List<String> callingIps, Supplier<Resolver> resolver,
                                  Duration timeout) {
        this.domains = CertificateSubject.of(certificate).domains().stream().filter(d -> !d.contains("*")).toList();
        this.callingIps = List.copyOf(callingIps);
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** The diagnosis, gathered on the first call and kept for the run. */
    public synchronized IpRefusalDiagnosis diagnose() {
        if (kept == null) {
            kept = gather();
        }
        return kept;
    }

    /** Drops the kept diagnosis: the next {@link #diagnose()} asks DNS again. */
    public synchronized void forget() {
        kept = null;
    }

    private IpRefusalDiagnosis gather() {
        if (domains.isEmpty()) {
            return diagnosis(IpRefusalDiagnosis.UNDETERMINED, "the client certificate names no domain (CN or SAN"
                    + " DNS) for FCrDNS to check", Map.of(), Map.of());
        }
        if (callingIps.isEmpty()) {
            return diagnosis(IpRefusalDiagnosis.UNDETERMINED, "no calling IP is known: give golive run"
                    + " --calling-ip <your NAT EIP> so the PTR Axys sees can be checked", Map.of(), Map.of());
        }
        DnsLookups.Answers answers = new DnsLookups(resolver.get(), timeout).lookUp(domains, callingIps);
        Map<String, String> forward = words(answers.addresses(), domains);
        Map<String, String> reverse = words(answers.pointers(), callingIps);
        FcrdnsEvaluation evaluation = new FcrdnsEvaluation(domains, callingIps, true, answers);
        if (!evaluation.breaks().isEmpty()) {
            return diagnosis(IpRefusalDiagnosis.FCRDNS_FAILED, "FCrDNS fails: " + evaluation.breaks().get(0).what()
                    + "; fix: " + evaluation.breaks().get(0).fix(), forward, reverse);
        }
        if (!evaluation.unanswered().isEmpty()) {
            return diagnosis(IpRefusalDiagnosis.UNDETERMINED, "DNS did not answer: "
                    + String.join("; ", evaluation.unanswered()), forward, reverse);
        }
        return diagnosis(IpRefusalDiagnosis.IP_NOT_ALLOWLISTED, "FCrDNS passes for every calling IP ("
                + String.join(", ", evaluation.confirmed()) + "), so the allowlist refused it: ask the Axys contact"
                + " (Account Management) to allowlist " + String.join(", ", callingIps), forward, reverse);
    }

    private IpRefusalDiagnosis diagnosis(String cause, String reason, Map<String, String> forward,
                                         Map<String, String> reverse) {
        return new IpRefusalDiagnosis(cause, reason, callingIps, domains, forward, reverse);
    }

    private static Map<String, String> words(Map<String, DnsAnswer> answers, List<String> order) {
        Map<String, String> words = new LinkedHashMap<>();
        order.forEach(q -> words.put(q, answers.get(q).describe()));
        return words;
    }
}
