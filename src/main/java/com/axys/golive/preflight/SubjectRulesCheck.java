package com.axys.golive.preflight;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The subject says what Axys expects: O (tenant legal entity), OU (Program trading name) and CN (primary calling
 * domain, a host name) present; no wildcard in CN or in any SAN, because Axys refuses wildcards.
 */
final class SubjectRulesCheck implements PreflightCheck {

    private final ClientMaterial material;

    SubjectRulesCheck(ClientMaterial material) {
        this.material = Objects.requireNonNull(material, "material");
    }

    @Override
    public String name() {
        return "subject rules";
    }

    @Override
    public List<String> checklistIds() {
        return List.of("P2.CERT.02");
    }

    @Override
    public CheckResult run(List<CheckResult> earlier) {
        if (material.leaf().isEmpty()) {
            return CheckResult.skip(this, "no certificate to check (see 'certificate loads')");
        }
        CertificateSubject subject = CertificateSubject.of(material.leaf().get());
        List<String> wildcards = subject.wildcards();
        if (!wildcards.isEmpty()) {
            return CheckResult.fail(this, "wildcard in " + String.join(", ", wildcards),
                    "Axys refuses wildcards; list every domain explicitly (CN = the primary calling domain, every"
                            + " other calling domain or IP in the SAN) in a new CSR");
        }
        List<String> missing = new ArrayList<>();
        if (subject.organisations().isEmpty()) {
            missing.add("O (the tenant's legal entity)");
        }
        if (subject.units().isEmpty()) {
            missing.add("OU (the Program's trading name)");
        }
        if (subject.commonNames().isEmpty()) {
            missing.add("CN (the primary calling domain)");
        }
        if (!missing.isEmpty()) {
            return CheckResult.fail(this, "the subject has no " + String.join(", no ", missing),
                    "Axys expects O, OU and CN in the subject: generate a new CSR with -subj"
                            + " '/O=<tenant>/OU=<program>/CN=<calling domain>'");
        }
        String cn = subject.commonNames().get(0);
        if (!CertificateSubject.isHostName(cn)) {
            return CheckResult.fail(this, "CN '" + cn + "' is not a domain name",
                    "Axys expects CN = the primary calling domain (e.g. pay.example.com): generate a new CSR");
        }
        int sans = subject.dnsNames().size() + subject.ipAddresses().size();
        return CheckResult.pass(this, "O, OU and CN present; CN " + cn + ", " + sans + " SAN" + (sans == 1 ? "" : "s")
                + ", no wildcard");
    }
}
