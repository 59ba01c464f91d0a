package com.axys.golive.tls;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import javax.security.auth.x500.X500Principal;

/**
 * What may be printed about a certificate (for preflight, the evidence manifest and the report): names, validity,
 * SHA-256 fingerprint as {@code openssl x509 -fingerprint -sha256} prints it, and the key's algorithm and size.
 */
public record CertificateSummary(String subject, String issuer, List<String> subjectAltNames, Instant notBefore,
                                 Instant notAfter, long daysLeft, String sha256Fingerprint, String keyAlgorithm,
                                 int keyBits) {

    public CertificateSummary {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(issuer, "issuer");
        subjectAltNames = List.copyOf(subjectAltNames);
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
        Objects.requireNonNull(sha256Fingerprint, "sha256Fingerprint");
        Objects.requireNonNull(keyAlgorithm, "keyAlgorithm");
    }

    public static CertificateSummary of(X509Certificate certificate, Clock clock) {
        ValidityCheck.Result validity = new ValidityCheck(clock).check(certificate);
        PublicKey key = certificate.getPublicKey();
        return new CertificateSummary(certificate.getSubjectX500Principal().getName(X500Principal.RFC2253),
                certificate.getIssuerX500Principal().getName(X500Principal.RFC2253), subjectAltNames(certificate),
                validity.notBefore(), validity.notAfter(), validity.daysLeft(), fingerprint(certificate),
                key.getAlgorithm(), keyBits(key));
    }

    /** {@code DNS:x}, {@code IP:y}, {@code email:z}, {@code URI:u}; other name types are left out. */
    private static List<String> subjectAltNames(X509Certificate certificate) {
        Collection<List<?>> names;
        try {
            names = certificate.getSubjectAlternativeNames();
        } catch (CertificateParsingException e) {
            return List.of("(unreadable subjectAltName extension)");
        }
        List<String> result = new ArrayList<>();
        for (List<?> name : names == null ? List.<List<?>>of() : names) {
            String prefix = switch ((Integer) name.get(0)) {
                case 1 -> "email:";
                case 2 -> "DNS:";
                case 6 -> "URI:";
                case 7 -> "IP:";
                default -> null;
            };
            if (prefix != null) {
                result.add(prefix + name.get(1));
            }
        }
        return result;
    }

    private static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint certificate " + CertificateNames.shortName(certificate)
                    + ": " + e.getMessage(), e);
        }
    }

    /** RSA modulus length, EC field size; 0 when the JDK does not expose a size (e.g. EdDSA). */
    private static int keyBits(PublicKey key) {
        if (key instanceof RSAKey rsa) {
            return rsa.getModulus().bitLength();
        }
        if (key instanceof ECKey ec) {
            return ec.getParams().getCurve().getField().getFieldSize();
        }
        return 0;
    }
}
