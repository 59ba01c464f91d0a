package com.axys.golive.preflight;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Test fixture: self-signed client certificates shaped at will (subject, SANs, key type and size, validity), built
 * with BouncyCastle the way {@code tls.ThrowawayPki} builds its own, for the cases the throwaway CA never issues.
 */
final class TestCertificates {

    static final String AXYS_SUBJECT = "CN=pay.example.com,OU=Example Program,O=Example Tenant Ltd";

    private String subject = AXYS_SUBJECT;
    private final List<String> dnsNames = new ArrayList<>(List.of("pay.example.com"));
    private String keyType = "RSA";
    private int keyBits = 2048;
    private Instant notBefore = Instant.now().minus(Duration.ofDays(1));
    private Instant notAfter = Instant.now().plus(Duration.ofDays(89));

    static TestCertificates client() {
        return new TestCertificates();
    }

    TestCertificates subject(String rfc2253) {
        this.subject = rfc2253;
        return this;
    }

    /** Replaces the SAN DNS names. */
    TestCertificates sans(String... names) {
        dnsNames.clear();
        dnsNames.addAll(List.of(names));
        return this;
    }

    TestCertificates rsa(int bits) {
        this.keyType = "RSA";
        this.keyBits = bits;
        return this;
    }

    TestCertificates ecP256() {
        this.keyType = "EC";
        return this;
    }

    TestCertificates validity(Instant from, Instant to) {
        this.notBefore = from;
        this.notAfter = to;
        return this;
    }

    Issued issue() throws Exception {
        KeyPair keys = keys();
        X500Name name = new X500Name(subject);
        var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(System.nanoTime()),
                Date.from(notBefore), Date.from(notAfter), name, keys.getPublic());
        if (!dnsNames.isEmpty()) {
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(dnsNames.stream()
                    .map(n -> new GeneralName(GeneralName.dNSName, n)).toArray(GeneralName[]::new)));
        }
        String algorithm = keyType.equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
        X509Certificate certificate = new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder(algorithm).build(keys.getPrivate())));
        return new Issued(certificate, keys);
    }

    private KeyPair keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(keyType);
        if (keyType.equals("EC")) {
            generator.initialize(new ECGenParameterSpec("secp256r1"));
        } else {
            generator.initialize(keyBits);
        }
        return generator.generateKeyPair();
    }

    /** A certificate and its key pair. */
    record Issued(X509Certificate certificate, KeyPair keys) {

        /** Writes {@code <name>.crt.pem} and {@code <name>.key.pem} (PKCS#8) under {@code dir}. */
        PemPair written(Path dir, String name) throws IOException {
            Path cert = dir.resolve(name + ".crt.pem");
            Path key = dir.resolve(name + ".key.pem");
            Files.writeString(cert, pem(certificate));
            Files.writeString(key, pem(keys.getPrivate()));
            return new PemPair(cert, key);
        }
    }

    /** Where a certificate and its key were written. */
    record PemPair(Path certificate, Path key) { }

    static String pem(Object value) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(value);
        }
        return text.toString();
    }
}
