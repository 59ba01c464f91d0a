package com.axys.golive.preflight;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Forward-confirmed reverse DNS, the WAF's second check: A records of the certificate's CN/SAN domains, PTR records
 * of the calling IPs, and whether they agree (see {@link FcrdnsEvaluation}). Without {@code --calling-ip} the IPs
 * come from the A records, so only A-to-PTR consistency can be shown and the result is at best a WARN.
 */
final class FcrdnsCheck implements PreflightCheck {

    static final String NAME = "FCrDNS";
    static final List<String> IDS = List.of("P2.NET.03", "P2.NET.04", "P2.NET.05");

    private final ClientMaterial material;
    private final List<String> callingIps;
    private final Supplier<DnsLookups> dns;

    FcrdnsCheck(ClientMaterial material, List<String> callingIps, Supplier<DnsLookups> dns) {
        this.material = Objects.requireNonNull(material, "material");
        this.callingIps = List.copyOf(callingIps);
        this.dns = Objects.requireNonNull(dns, "dns");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> checklistIds() {
        return IDS;
    }

    @Override
    public CheckResult run(List<CheckResult> earlier) {
        if (material.leaf().isEmpty()) {
            return CheckResult.skip(this, "no certificate: its CN/SAN domains are what FCrDNS checks");
        }
        List<String> domains = CertificateSubject.of(material.leaf().get()).domains().stream()
                .filter(d -> !d.contains("*")).toList();
        if (domains.isEmpty()) {
            return CheckResult.fail(this, "the certificate names no domain (CN or SAN DNS) to check",
                    "Axys's WAF resolves the certificate's CN/SAN domains: put the calling domain in CN in a new CSR");
        }
        DnsLookups lookups = dns.get();
        boolean ipsGiven = !callingIps.isEmpty();
        DnsLookups.Answers answers = lookups.lookUp(domains, callingIps);
        List<String> ips = callingIps;
        if (!ipsGiven) {
            Set<String> fromA = new LinkedHashSet<>();
            for (String domain : domains) {
                fromA.addAll(answers.addresses().get(domain).values());
            }
            ips = List.copyOf(fromA);
            answers = new DnsLookups.Answers(answers.addresses(), lookups.lookUp(List.of(), ips).pointers());
        }
        return judge(domains, ips, ipsGiven, answers)
                .withNotes(facts(domains, ips, answers))
                .withCommands(commands(domains, ips));
    }

    private CheckResult judge(List<String> domains, List<String> ips, boolean ipsGiven, DnsLookups.Answers answers) {
        if (ips.isEmpty()) {
            String forward = domains.stream().map(d -> d + ": " + answers.addresses().get(d).describe())
                    .reduce((a, b) -> a + "; " + b).orElseThrow();
            if (answers.addresses().values().stream().noneMatch(DnsAnswer::conclusive)) {
                return CheckResult.skip(this, "not verified, DNS gave no answer (" + forward + "); run the dig"
                        + " commands below from a host with DNS, or give --calling-ip");
            }
            return CheckResult.fail(this, "no CN/SAN domain has an A record (" + forward + ")", "create an A record"
                    + " for " + domains.get(0) + " pointing at your calling IP (the NAT EIP), and set that IP's PTR"
                    + " back to " + domains.get(0));
        }
        FcrdnsEvaluation evaluation = new FcrdnsEvaluation(domains, ips, ipsGiven, answers);
        if (!evaluation.breaks().isEmpty()) {
            FcrdnsEvaluation.Finding first = evaluation.breaks().get(0);
            int more = evaluation.breaks().size() - 1;
            return CheckResult.fail(this, first.what() + (more > 0 ? " (and " + more + " more below)" : ""),
                    first.fix()).withNotes(Stream.concat(evaluation.breaks().stream().skip(1),
                            evaluation.warnings().stream())
                    .map(f -> "also: " + f.what() + "; " + f.fix()).toList());
        }
        if (!evaluation.unanswered().isEmpty()) {
            return CheckResult.skip(this, "not verified, " + evaluation.unanswered().get(0) + "; run the dig commands"
                    + " below from a host with DNS");
        }
        if (!evaluation.warnings().isEmpty()) {
            FcrdnsEvaluation.Finding first = evaluation.warnings().get(0);
            return CheckResult.warn(this, first.what(), first.fix());
        }
        String agreed = String.join(", ", evaluation.confirmed());
        if (!ipsGiven) {
            return CheckResult.warn(this, "A and PTR agree (" + agreed + "), but the calling IP is unknown",
                    "give --calling-ip <your NAT EIP> (repeatable) to check the IP Axys will see");
        }
        return CheckResult.pass(this, "PTR and A records agree for every calling IP: " + agreed);
    }

    private static List<String> facts(List<String> domains, List<String> ips, DnsLookups.Answers answers) {
        List<String> facts = new ArrayList<>();
        domains.forEach(d -> facts.add("A    " + d + " -> " + answers.addresses().get(d).describe()));
        ips.forEach(ip -> facts.add("PTR  " + ip + " -> " + answers.pointers().get(ip).describe()));
        return facts;
    }

    private static List<String> commands(List<String> domains, List<String> ips) {
        List<String> commands = new ArrayList<>();
        domains.forEach(d -> commands.add("dig +short " + d));
        ips.forEach(ip -> commands.add("dig +short -x " + ip));
        return commands;
    }
}
