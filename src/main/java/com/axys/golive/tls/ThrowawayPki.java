package com.axys.golive.tls;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throwaway certificate authority for one run: a CA, a server certificate for 127.0.0.1/localhost and client
 * certificates shaped like the ones Axys issues (RSA-2048, O = tenant, OU = program, CN = calling domain).
 *
 * <p>Everything is written under one folder with owner-only permissions and is never meant to be kept: the folder
 * belongs to the run (or the standalone simulator) that made it. The store password is random per instance and
 * lives only in memory.
 */
public final class ThrowawayPki {

    public static final String TENANT = "Example Tenant Ltd";
    public static final String PROGRAM = "Example Program";
    public static final String CALLING_DOMAIN = "pay.example.test";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;
    private final Clock clock;
    private final KeyPair caKeys;
    private final X509Certificate caCert;
    private final char[] storePassword;
    private final Path caCertPath;
    private final Path serverKeystore;
    private final Path serverTruststore;
    private final IssuedIdentity client;

    private ThrowawayPki(Path dir, Clock clock, String caName) {
        this.dir = dir;
        this.clock = clock;
        this.storePassword = randomPassword();
        try {
            Files.createDirectories(dir);
            ownerOnly(dir, true);
            Instant now = clock.instant();
            this.caKeys = rsa2048();
            X500Name caSubject = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.O, "Axys Go-Live Harness (throwaway)").addRDN(BCStyle.CN, caName).build();
            this.caCert = sign(caSubject, caKeys.getPublic(), caSubject, caKeys, now.minus(Duration.ofHours(1)),
                    now.plus(Duration.ofDays(2)), CertKind.CA, List.of());
            this.caCertPath = writePem(dir.resolve("ca.crt.pem"), caCert);

            KeyPair serverKeys = rsa2048();
            X509Certificate serverCert = sign(
                    new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, "localhost").build(),
                    serverKeys.getPublic(), caSubject, caKeys, now.minus(Duration.ofHours(1)),
                    now.plus(Duration.ofDays(2)), CertKind.SERVER,
                    List.of(new GeneralName(GeneralName.dNSName, "localhost"),
                            new GeneralName(GeneralName.iPAddress, "127.0.0.1")));
            this.serverKeystore = dir.resolve("server.p12");
            writeKeyStore(serverKeystore, "server", serverKeys.getPrivate(), serverCert);
            this.serverTruststore = dir.resolve("server-truststore.p12");
            writeTrustStore(serverTruststore, caCert);

            this.client = issueClient("client", now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(90)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the throwaway PKI under " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate the throwaway PKI: " + e.getMessage(), e);
        }
    }

    /** Generates a fresh CA, server certificate and client certificate under {@code dir} (created owner-only). */
    public static ThrowawayPki generate(Path dir, Clock clock) {
        return new ThrowawayPki(Objects.requireNonNull(dir, "dir"), Objects.requireNonNull(clock, "clock"),
                "Throwaway Axys Simulator CA");
    }

    /** Like {@link #generate} but with a CA of another name: for "certificate from another CA" negatives. */
    public static ThrowawayPki generateOther(Path dir, Clock clock, String caName) {
        return new ThrowawayPki(dir, clock, caName);
    }

    /**
     * Issues another client certificate from this CA, valid from {@code notBefore} to {@code notAfter}: written as
     * {@code <name>.crt.pem}, {@code <name>.key.pem} (PKCS#1, unencrypted) and {@code <name>.p12} (store password).
     */
    public IssuedIdentity issueClient(String name, Instant notBefore, Instant notAfter) {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, TENANT).addRDN(BCStyle.OU, PROGRAM).addRDN(BCStyle.CN, CALLING_DOMAIN).build();
        return issue(name, "client", subject, notBefore, notAfter, CertKind.CLIENT,
                List.of(new GeneralName(GeneralName.dNSName, CALLING_DOMAIN),
                        new GeneralName(GeneralName.iPAddress, "127.0.0.1")));
    }

    /**
     * Issues a server certificate from this CA for {@code dnsNames} and 127.0.0.1, written as {@code <name>.crt.pem},
     * {@code <name>.key.pem} and {@code <name>.p12}: for rehearsals that reach a loopback server under another host
     * name (a JVM-only hosts file), such as the production guard's.
     */
    public IssuedIdentity issueServer(String name, List<String> dnsNames) {
        List<GeneralName> sans = new java.util.ArrayList<>();
        dnsNames.forEach(n -> sans.add(new GeneralName(GeneralName.dNSName, n)));
        sans.add(new GeneralName(GeneralName.iPAddress, "127.0.0.1"));
        Instant now = clock.instant();
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, dnsNames.isEmpty() ? "localhost" : dnsNames.get(0)).build();
        return issue(name, "server", subject, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(2)),
                CertKind.SERVER, sans);
    }

    /** A new key pair and certificate from this CA, written as PEM pair and PKCS#12 under {@code name}. */
    private IssuedIdentity issue(String name, String kind, X500Name subject, Instant notBefore, Instant notAfter,
                                 CertKind certKind, List<GeneralName> sans) {
        try {
            KeyPair keys = rsa2048();
            X509Certificate cert = sign(subject, keys.getPublic(), caSubjectName(), caKeys, notBefore, notAfter,
                    certKind, sans);
            Path certPem = writePem(dir.resolve(name + ".crt.pem"), cert);
            Path keyPem = writePem(dir.resolve(name + ".key.pem"), keys.getPrivate());
            Path p12 = dir.resolve(name + ".p12");
            writeKeyStore(p12, name, keys.getPrivate(), cert);
            return new IssuedIdentity(cert, keys.getPrivate(), certPem, keyPem, p12);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + kind + " certificate '" + name + "' under " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot issue " + kind + " certificate '" + name + "': "
                    + e.getMessage(), e);
        }
    }

    public Path dir() { return dir; }
    public X509Certificate caCert() { return caCert; }
    public Path caCertPath() { return caCertPath; }
    /** PKCS#12 with the server key and certificate (SAN localhost, 127.0.0.1), protected by {@link #storePassword}. */
    public Path serverKeystore() { return serverKeystore; }
    /** PKCS#12 holding only the CA certificate: what the server trusts for client certificates. */
    public Path serverTruststore() { return serverTruststore; }
    /** The default client identity (valid for 90 days from now). */
    public IssuedIdentity client() { return client; }
    public char[] storePassword() { return storePassword.clone(); }

    private X500Name caSubjectName() {
        return X500Name.getInstance(caCert.getSubjectX500Principal().getEncoded());
    }

    private enum CertKind { CA, SERVER, CLIENT }

    private X509Certificate sign(X500Name subject, java.security.PublicKey subjectKey, X500Name issuer,
                                 KeyPair issuerKeys, Instant notBefore, Instant notAfter, CertKind kind,
                                 List<GeneralName> sans) throws GeneralSecurityException, IOException {
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                    new BigInteger(64, RANDOM).abs().add(BigInteger.ONE), Date.from(notBefore), Date.from(notAfter),
                    subject, subjectKey);
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(subjectKey));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    ext.createAuthorityKeyIdentifier(issuerKeys.getPublic()));
            switch (kind) {
                case CA -> {
                    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
                    builder.addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
                }
                case SERVER, CLIENT -> {
                    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                    builder.addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
                    builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
                            kind == CertKind.SERVER ? KeyPurposeId.id_kp_serverAuth : KeyPurposeId.id_kp_clientAuth));
                }
            }
            if (!sans.isEmpty()) {
                builder.addExtension(Extension.subjectAlternativeName, false,
                        new GeneralNames(sans.toArray(GeneralName[]::new)));
            }
            var signer = new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate());
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (org.bouncycastle.operator.OperatorCreationException e) {
            throw new GeneralSecurityException(e.getMessage(), e);
        }
    }

    private static KeyPair rsa2048() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048, RANDOM);
        return generator.generateKeyPair();
    }

    private Path writePem(Path file, Object value) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(text)) {
            pem.writeObject(value);
        }
        writeOwnerOnly(file, text.toString().getBytes(StandardCharsets.US_ASCII));
        return file;
    }

    private void writeKeyStore(Path file, String alias, PrivateKey key, X509Certificate cert)
            throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(alias, key, storePassword, new X509Certificate[] {cert, caCert});
        storeOwnerOnly(file, store);
    }

    private void writeTrustStore(Path file, X509Certificate trusted) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("ca", trusted);
        storeOwnerOnly(file, store);
    }

    private void storeOwnerOnly(Path file, KeyStore store) throws IOException, GeneralSecurityException {
        var bytes = new java.io.ByteArrayOutputStream();
        store.store(bytes, storePassword);
        writeOwnerOnly(file, bytes.toByteArray());
    }

    private static void writeOwnerOnly(Path file, byte[] content) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file);
        ownerOnly(file, false);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(content);
        }
    }

    private static void ownerOnly(Path path, boolean directory) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(directory ? "rwx------" : "rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder inherits the user's profile ACLs; nothing more portable to do here.
        }
    }

    private static char[] randomPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).toCharArray();
    }

    /** A client certificate with its key, and where both were written. */
    public record IssuedIdentity(X509Certificate certificate, PrivateKey privateKey, Path certPem, Path keyPem,
                                 Path pkcs12) {
        public IssuedIdentity {
            Objects.requireNonNull(certificate, "certificate");
            Objects.requireNonNull(privateKey, "privateKey");
        }

        @Override
        public String toString() {
            return "IssuedIdentity[" + certificate.getSubjectX500Principal() + ", certPem=" + certPem + "]";
        }
    }
}
