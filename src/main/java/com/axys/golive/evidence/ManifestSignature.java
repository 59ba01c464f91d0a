package com.axys.golive.evidence;

import com.axys.golive.tls.CertificateSummary;
import com.axys.golive.tls.ClientIdentity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Optional;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/**
 * An optional detached signature over {@code manifest.json}: {@code manifest.json.sig} holds the raw signature
 * (SHA256withRSA, or SHA256withECDSA for an EC key) and {@code manifest.signer.pem} the signer's certificate. As the
 * manifest lists every other file's SHA-256 and every chain head, the signature covers the whole bundle, metadata
 * included. Anyone can check it with openssl, without the harness:
 * <pre>
 * openssl x509 -in manifest.signer.pem -pubkey -noout &gt; signer.pub
 * openssl dgst -sha256 -verify signer.pub -signature manifest.json.sig manifest.json
 * </pre>
 * and should compare the signer's fingerprint ({@code openssl x509 -in manifest.signer.pem -noout -fingerprint
 * -sha256}) with the one the Program gave them out of band.
 */
public final class ManifestSignature {

    public static final String SIGNATURE = EvidenceFiles.MANIFEST + ".sig";
    public static final String SIGNER = "manifest.signer.pem";

    /** The outcome of checking a signature: valid or not, and who signed. */
    public record Check(boolean valid, String signerSubject, String signerFingerprint, String detail) { }

    private ManifestSignature() {
    }

    /** Signs the bundle's final manifest with {@code signer}; returns the signature file. */
    public static Path sign(Path bundleDir, ClientIdentity signer) {
        try {
            byte[] manifest = Files.readAllBytes(bundleDir.resolve(EvidenceFiles.MANIFEST));
            Signature signature = Signature.getInstance(algorithm(signer.certificate().getPublicKey()));
            signature.initSign(signer.privateKey());
            signature.update(manifest);
            OwnerOnly.write(bundleDir.resolve(SIGNATURE), signature.sign());
            StringWriter pem = new StringWriter();
            try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
                writer.writeObject(signer.certificate());
            }
            OwnerOnly.write(bundleDir.resolve(SIGNER), pem.toString().getBytes(StandardCharsets.US_ASCII));
            return bundleDir.resolve(SIGNATURE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sign the manifest of " + bundleDir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the manifest with " + signer.source() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Checks the signature if the bundle has one; empty when it is unsigned. */
    public static Optional<Check> check(Path bundleDir, Clock clock) {
        Path sig = bundleDir.resolve(SIGNATURE);
        Path signer = bundleDir.resolve(SIGNER);
        if (!Files.exists(sig) && !Files.exists(signer)) {
            return Optional.empty();
        }
        if (!Files.exists(sig) || !Files.exists(signer)) {
            return Optional.of(new Check(false, null, null, "only one of " + SIGNATURE + " and " + SIGNER
                    + " is present; a signed bundle carries both"));
        }
        try {
            X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(signer)));
            CertificateSummary who = CertificateSummary.of(cert, clock);
            Signature signature = Signature.getInstance(algorithm(cert.getPublicKey()));
            signature.initVerify(cert.getPublicKey());
            signature.update(Files.readAllBytes(bundleDir.resolve(EvidenceFiles.MANIFEST)));
            boolean valid = signature.verify(Files.readAllBytes(sig));
            return Optional.of(new Check(valid, who.subject(), who.sha256Fingerprint(), valid
                    ? "manifest signed by " + who.subject() + " (SHA-256 " + who.sha256Fingerprint() + ")"
                    : SIGNATURE + " does not verify against manifest.json: the manifest was changed after signing,"
                    + " or the signature belongs to another manifest"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the signature files of " + bundleDir, e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.of(new Check(false, null, null, "the signature files cannot be read ("
                    + e.getMessage() + ")"));
        }
    }

    private static String algorithm(PublicKey key) {
        return switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> throw new IllegalArgumentException("signing with a " + key.getAlgorithm()
                    + " key is not supported; use an RSA or EC key");
        };
    }
}
