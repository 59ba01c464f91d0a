package com.axys.golive.preflight;

import com.axys.golive.tls.CertificateSummary;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The client certificate can be read (PEM chain or PKCS#12), and what it says: subject, issuer, subjectAltNames and
 * SHA-256 fingerprint, as {@code openssl x509 -noout -subject -issuer -ext subjectAltName -fingerprint -sha256} shows.
 */
final class CertificateLoadCheck implements PreflightCheck {

    private final ClientMaterial material;
    private final Clock clock;

    CertificateLoadCheck(ClientMaterial material, Clock clock) {
        this.material = Objects.requireNonNull(material, "material");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String name() {
        return "certificate loads";
    }

    @Override
    public List<String> checklistIds() {
        return List.of("P2.CERT.02", "P2.CERT.03");
    }

    @Override
    public CheckResult run(List<CheckResult> earlier) {
        if (material.certificateProblem().isPresent()) {
            return CheckResult.fail(this, material.certificateProblem().get());
        }
        CertificateSummary summary = CertificateSummary.of(material.leaf().orElseThrow(), clock);
        int size = material.chain().size();
        String form = material.form() == ClientMaterial.Form.PKCS12 ? "PKCS#12" : "PEM";
        return CheckResult.pass(this, form + " " + (size == 1 ? "certificate" : "chain of " + size + " certificates")
                        + " from " + material.certificateRef())
                .withNotes(List.of("subject  " + summary.subject(), "issuer   " + summary.issuer(),
                        "SANs     " + (summary.subjectAltNames().isEmpty() ? "(none)"
                                : String.join(", ", summary.subjectAltNames())),
                        "SHA-256  " + summary.sha256Fingerprint()))
                .withCommands(List.of(ByHand.certificateInto(material,
                        "-noout -subject -issuer -ext subjectAltName -fingerprint -sha256")));
    }
}
