package com.axys.golive.preflight;

import java.io.IOException;
import java.io.Reader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.crypto.digests.MD5Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Assumptions;

/**
 * What the runbook's by-hand commands print, computed from the files with BouncyCastle (so the tests need no
 * openssl), and the commands themselves, run only where openssl, md5sum and sh are installed.
 */
final class ByHandTools {

    private ByHandTools() { }

    /** True when {@code openssl} and {@code md5sum} run from PATH (and {@code sh} to pipe them). */
    static boolean installed() {
        return runs("openssl", "version") && runs("md5sum", "--version") && runs("sh", "-c", "true");
    }

    /** Skips the calling test where the by-hand tools are missing: the harness itself never needs them. */
    static void assumeInstalled() {
        Assumptions.assumeTrue(installed(), "openssl, md5sum or sh is not installed: the by-hand commands are not run");
    }

    /** {@code openssl x509|rsa -noout -modulus -in FILE | md5sum}, for a certificate or an RSA key PEM file. */
    static String modulusMd5(Path pem) throws IOException {
        BigInteger modulus = modulus(read(pem));
        byte[] line = ("Modulus=" + modulus.toString(16).toUpperCase(Locale.ROOT) + "\n")
                .getBytes(StandardCharsets.US_ASCII);
        MD5Digest md5 = new MD5Digest();
        md5.update(line, 0, line.length);
        byte[] out = new byte[md5.getDigestSize()];
        md5.doFinal(out, 0);
        return Hex.toHexString(out);
    }

    /** {@code openssl x509 -noout -fingerprint -sha256 -in FILE} without its label: {@code AB:CD:…}, upper case. */
    static String sha256Fingerprint(Path certificatePem) throws IOException {
        byte[] der = ((X509CertificateHolder) read(certificatePem)).getEncoded();
        SHA256Digest sha = new SHA256Digest();
        sha.update(der, 0, der.length);
        byte[] out = new byte[sha.getDigestSize()];
        sha.doFinal(out, 0);
        String hex = Hex.toHexString(out).toUpperCase(Locale.ROOT);
        return String.join(":", hex.split("(?<=\\G..)"));
    }

    private static BigInteger modulus(Object pem) throws IOException {
        if (pem instanceof X509CertificateHolder certificate) {
            return RSAPublicKey.getInstance(certificate.getSubjectPublicKeyInfo().parsePublicKey()).getModulus();
        }
        PrivateKeyInfo key = pem instanceof PEMKeyPair pair ? pair.getPrivateKeyInfo() : (PrivateKeyInfo) pem;
        return RSAPrivateKey.getInstance(key.parsePrivateKey()).getModulus();
    }

    private static Object read(Path pem) throws IOException {
        try (Reader reader = Files.newBufferedReader(pem, StandardCharsets.US_ASCII);
             PEMParser parser = new PEMParser(reader)) {
            return parser.readObject();
        }
    }

    private static boolean runs(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
