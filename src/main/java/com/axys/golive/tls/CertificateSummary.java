package com.axys.golive.tls;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** What may be printed about a certificate. STUB: to be implemented (see the tls brief). */
public record CertificateSummary(String subject, String issuer, List<String> subjectAltNames, Instant notBefore,
                                 Instant notAfter, long daysLeft, String sha256Fingerprint, String keyAlgorithm,
                                 int keyBits) {
    public static CertificateSummary of(X509Certificate certificate, Clock clock) {
        throw new UnsupportedOperationException("stub");
    }
}
