package com.axys.golive.preflight;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The FCrDNS rule applied to DNS answers, as Axys's WAF applies it: the PTR of each calling IP must name a domain
 * of the certificate, and that domain's A records must include the IP. Definitive breaks (no PTR, a PTR to a
 * foreign name, an A record elsewhere, NXDOMAIN) are kept apart from answers that never came (timeout, SERVFAIL), so
 * "broken" is never confused with "could not check".
 */
final class FcrdnsEvaluation {

    /** A finding and what to do about it. */
    record Finding(String what, String fix) {
        Finding {
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(fix, "fix");
        }
    }

    private final List<String> domains;
    private final DnsLookups.Answers answers;
    private final List<Finding> breaks = new ArrayList<>();
    private final List<Finding> warnings = new ArrayList<>();
    private final List<String> unanswered = new ArrayList<>();
    private final List<String> confirmed = new ArrayList<>();

    /**
     * @param domains   the certificate's CN/SAN domains, normalised
     * @param ips       the calling IPs checked (given, or taken from the A records)
     * @param ipsGiven  whether {@code ips} are the real calling IPs (then every domain should resolve to one of them)
     */
    FcrdnsEvaluation(List<String> domains, List<String> ips, boolean ipsGiven, DnsLookups.Answers answers) {
        this.domains = List.copyOf(domains);
        this.answers = Objects.requireNonNull(answers, "answers");
        ips.forEach(this::checkIp);
        if (ipsGiven) {
            domains.forEach(domain -> checkDomain(domain, ips));
        }
    }

    List<Finding> breaks() { return List.copyOf(breaks); }
    List<Finding> warnings() { return List.copyOf(warnings); }
    List<String> unanswered() { return List.copyOf(unanswered); }
    /** e.g. {@code 203.0.113.7 <-> pay.example.com}, one per calling IP whose PTR and A records agree. */
    List<String> confirmed() { return List.copyOf(confirmed); }

    private void checkIp(String ip) {
        DnsAnswer ptr = answers.pointers().get(ip);
        if (!ptr.conclusive()) {
            unanswered.add("PTR of " + ip + ": " + ptr.describe());
            return;
        }
        String ticket = "ask your cloud provider to set the PTR of " + ip + " to " + suggestedName(ip)
                + " (a support ticket for EIPs)";
        if (ptr.values().isEmpty()) {
            breaks.add(new Finding("no PTR for " + ip + ": " + ptr.describe(), ticket));
            return;
        }
        List<String> inCertificate = ptr.values().stream().filter(domains::contains).toList();
        if (inCertificate.isEmpty()) {
            breaks.add(new Finding("PTR of " + ip + " is " + String.join(", ", ptr.values())
                    + ", not a domain in the certificate", ticket));
            return;
        }
        Optional<String> agreeing = inCertificate.stream()
                .filter(name -> answers.addresses().get(name).contains(ip)).findFirst();
        if (agreeing.isPresent()) {
            confirmed.add(ip + " <-> " + agreeing.get());
            return;
        }
        String name = inCertificate.get(0);
        DnsAnswer forward = answers.addresses().get(name);
        if (!forward.conclusive()) {
            unanswered.add("A of " + name + ": " + forward.describe());
            return;
        }
        breaks.add(new Finding("PTR of " + ip + " is " + name + ", but " + name + " resolves to " + forward.describe()
                + ", not " + ip, "add " + ip + " to the A records of " + name + " (or set the PTR of " + ip
                + " to a certificate domain that resolves to it)"));
    }

    private void checkDomain(String domain, List<String> ips) {
        DnsAnswer forward = answers.addresses().get(domain);
        if (!forward.conclusive()) {
            unanswered.add("A of " + domain + ": " + forward.describe());
        } else if (ips.stream().noneMatch(forward::contains)) {
            warnings.add(new Finding(domain + " resolves to " + forward.describe() + ", not to a calling IP ("
                    + String.join(", ", ips) + ")", "P2.NET.03 wants every CN/SAN domain to resolve to the calling"
                    + " IP(s): point its A record at them, give its host's IP with --calling-ip too, or leave the name"
                    + " out of the next CSR"));
        }
    }

    /** A certificate domain already resolving to {@code ip}, else the CN: the name its PTR should carry. */
    private String suggestedName(String ip) {
        return domains.stream().filter(d -> answers.addresses().containsKey(d)
                        && answers.addresses().get(d).contains(ip)).findFirst()
                .orElse(domains.get(0));
    }
}
