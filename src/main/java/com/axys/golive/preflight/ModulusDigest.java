package com.axys.golive.preflight;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.interfaces.RSAKey;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * What the runbook's key-match commands print: {@code openssl x509 -noout -modulus -in program.crt | md5sum} hashes
 * the line {@code Modulus=<HEX, upper case>\n}, and {@code openssl rsa -noout -modulus} prints the same line for the
 * matching key. Only RSA keys have a modulus.
 */
final class ModulusDigest {

    private ModulusDigest() { }

    /** The lower-case hex MD5 md5sum prints, or empty for a key that is not RSA. */
    static Optional<String> of(PublicKey key) {
        if (!(key instanceof RSAKey rsa)) {
            return Optional.empty();
        }
        String line = "Modulus=" + rsa.getModulus().toString(16).toUpperCase(Locale.ROOT) + "\n";
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(line.getBytes(StandardCharsets.US_ASCII));
            return Optional.of(HexFormat.of().formatHex(md5));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK offers no MD5, which every JDK must: " + e.getMessage(), e);
        }
    }
}
