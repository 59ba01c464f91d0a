package com.axys.golive.report;

import com.axys.golive.tls.CertificateSummary;
import java.time.Instant;
import java.util.Objects;

/**
 * The public facts of the client certificate a run used, as the auditor's page shows them. Never the key.
 *
 * @param sha256Fingerprint as {@code openssl x509 -fingerprint -sha256} prints it
 * @param daysLeft          days of validity left when the run started
 */
public record CertificateFacts(String subject, String issuer, String sha256Fingerprint, Instant notBefore,
                               Instant notAfter, long daysLeft) {

    public CertificateFacts {
        Objects.requireNonNull(subject, "certificate subject");
        Objects.requireNonNull(issuer, "certificate issuer");
        Objects.requireNonNull(sha256Fingerprint, "certificate sha256Fingerprint");
        Objects.requireNonNull(notBefore, "certificate notBefore");
        Objects.requireNonNull(notAfter, "certificate notAfter");
    }

    /** The report's view of the summary the TLS layer makes of the run's client certificate. */
    public static CertificateFacts of(CertificateSummary summary) {
        return new CertificateFacts(summary.subject(), summary.issuer(), summary.sha256Fingerprint(),
                summary.notBefore(), summary.notAfter(), summary.daysLeft());
    }
}
