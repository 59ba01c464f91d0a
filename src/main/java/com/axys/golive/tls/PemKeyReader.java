package com.axys.golive.tls;

import com.axys.golive.secrets.Secret;
import java.security.PrivateKey;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMException;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * The first private key of a PEM file: PKCS#1 ({@code RSA PRIVATE KEY}), SEC1 ({@code EC PRIVATE KEY}), PKCS#8
 * ({@code PRIVATE KEY}), encrypted PKCS#8 ({@code ENCRYPTED PRIVATE KEY}) or legacy OpenSSL encryption
 * ({@code Proc-Type: 4,ENCRYPTED}). Keys come back as the JDK's own key classes.
 */
final class PemKeyReader {

    private PemKeyReader() { }

    static PrivateKey read(Secret keyPem, Optional<Secret> passphrase) {
        String thing = "client key '" + keyPem.source() + "'";
        byte[] content = keyPem.bytes();
        List<PemBlocks.Block> blocks;
        try {
            blocks = PemBlocks.require(content, thing, "point --key at the PEM key file (or load a .p12 as PKCS#12)");
        } finally {
            Arrays.fill(content, (byte) 0);
        }
        Object key = blocks.stream().flatMap(b -> b.parsed().stream()).filter(PemKeyReader::isKey).findFirst()
                .orElseThrow(() -> new CredentialException(CredentialProblem.NO_PRIVATE_KEY, thing + " holds no "
                        + "private key (found: " + PemBlocks.labels(blocks) + "); point --key at the key file"));
        return convert(key, passphrase, thing);
    }

    private static boolean isKey(Object parsed) {
        return parsed instanceof PEMKeyPair || parsed instanceof PrivateKeyInfo
                || parsed instanceof PKCS8EncryptedPrivateKeyInfo || parsed instanceof PEMEncryptedKeyPair;
    }

    private static PrivateKey convert(Object key, Optional<Secret> passphrase, String thing) {
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
        if (key instanceof PEMKeyPair pair) {
            // Only the private half: SEC1 keys may omit the optional public key, and the pair would not convert.
            return plain(() -> converter.getPrivateKey(pair.getPrivateKeyInfo()), thing);
        }
        if (key instanceof PrivateKeyInfo info) {
            return plain(() -> converter.getPrivateKey(info), thing);
        }
        char[] password = passphrase.map(Secret::asChars).orElseThrow(() -> new CredentialException(
                CredentialProblem.PASSPHRASE_MISSING,
                thing + " is encrypted; give its passphrase with --key-passphrase env:NAME"));
        try {
            if (key instanceof PKCS8EncryptedPrivateKeyInfo encrypted) {
                return converter.getPrivateKey(encrypted.decryptPrivateKeyInfo(
                        new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(BouncyCastle.provider())
                                .build(password)));
            }
            return converter.getPrivateKey(((PEMEncryptedKeyPair) key).decryptKeyPair(
                    new JcePEMDecryptorProviderBuilder().setProvider(BouncyCastle.provider()).build(password))
                    .getPrivateKeyInfo());
        } catch (Exception wrongPassphrase) {
            // A wrong passphrase shows as bad padding, or (rarely) as garbage that fails to parse: the same advice.
            throw new CredentialException(CredentialProblem.WRONG_PASSPHRASE, thing
                    + " could not be decrypted: wrong passphrase? check the secret given with --key-passphrase");
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private interface KeyConversion {
        PrivateKey convert() throws PEMException;
    }

    private static PrivateKey plain(KeyConversion conversion, String thing) {
        try {
            return conversion.convert();
        } catch (PEMException | RuntimeException e) {
            throw new CredentialException(CredentialProblem.UNSUPPORTED_KEY, thing
                    + " holds a key of a kind the JDK cannot use; give an RSA or EC key");
        }
    }
}
