package com.axys.golive.tls;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Whether a private key belongs to a certificate, by comparing public keys: the RSA modulus (and exponent), the EC
 * point derived from the private scalar, or for EdDSA a signature made by the key and verified by the certificate.
 * Preflight reports the {@link Result}; the loader throws it.
 */
public final class KeyCertificateMatch {

    private KeyCertificateMatch() { }

    /** What was compared and whether it matched; never holds key material. */
    public record Result(String keySource, String certificateName, boolean matches) {
        public Result {
            Objects.requireNonNull(keySource, "keySource");
            Objects.requireNonNull(certificateName, "certificateName");
        }

        public Optional<CredentialProblem> problem() {
            return matches ? Optional.empty() : Optional.of(CredentialProblem.KEY_MISMATCH);
        }

        public String message() {
            return matches ? "client key '" + keySource + "' matches certificate " + certificateName
                    : "client key '" + keySource + "' does not match certificate " + certificateName
                    + " (public keys differ); check --cert and --key point at the same pair";
        }

        /** This result when the key matches; otherwise a {@link CredentialException} with {@link #message()}. */
        public Result orThrow() {
            if (!matches) {
                throw new CredentialException(CredentialProblem.KEY_MISMATCH, message());
            }
            return this;
        }
    }

    /** @param keySource where the key came from, e.g. {@code file:/etc/axys/program.key} */
    public static Result check(String keySource, PrivateKey key, X509Certificate certificate) {
        Objects.requireNonNull(key, "key");
        return new Result(keySource, CertificateNames.shortName(certificate),
                matches(key, certificate.getPublicKey()));
    }

    private static boolean matches(PrivateKey key, PublicKey publicKey) {
        if (key instanceof RSAPrivateKey rsa) {
            return publicKey instanceof RSAPublicKey rsaPublic && rsa.getModulus().equals(rsaPublic.getModulus())
                    && (!(key instanceof RSAPrivateCrtKey crt)
                    || crt.getPublicExponent().equals(rsaPublic.getPublicExponent()));
        }
        if (key instanceof ECPrivateKey ec) {
            return publicKey instanceof ECPublicKey ecPublic && ecMatches(ec, ecPublic);
        }
        return signatureVerifies(key, publicKey);
    }

    /** Derives the public point d x G with BouncyCastle's curve arithmetic and compares it with the certificate's. */
    private static boolean ecMatches(ECPrivateKey key, ECPublicKey publicKey) {
        try {
            var bcKey = (org.bouncycastle.jce.interfaces.ECPrivateKey)
                    KeyFactory.getInstance("EC", BouncyCastle.provider()).translateKey(key);
            ECPoint derived = bcKey.getParameters().getG().multiply(bcKey.getD()).normalize();
            java.security.spec.ECPoint certified = publicKey.getW();
            return derived.getAffineXCoord().toBigInteger().equals(certified.getAffineX())
                    && derived.getAffineYCoord().toBigInteger().equals(certified.getAffineY());
        } catch (GeneralSecurityException | RuntimeException unusable) {
            return false;
        }
    }

    /** EdDSA keys carry no cheap derivation in the JDK: sign a fixed challenge with the key, verify with the cert. */
    private static boolean signatureVerifies(PrivateKey key, PublicKey publicKey) {
        String algorithm = key.getAlgorithm();
        if (!Set.of("Ed25519", "Ed448", "EdDSA").contains(algorithm)
                || !algorithm.equals(publicKey.getAlgorithm())) {
            return false;
        }
        try {
            byte[] challenge = "axys-golive key match".getBytes(StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(challenge);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(publicKey);
            verifier.update(challenge);
            return verifier.verify(signature);
        } catch (GeneralSecurityException unusable) {
            return false;
        }
    }
}
