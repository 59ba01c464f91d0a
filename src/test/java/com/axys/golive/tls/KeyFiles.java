package com.axys.golive.tls;

import com.axys.golive.secrets.Secret;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMEncryptorBuilder;
import org.bouncycastle.util.io.pem.PemObject;

/** Test fixture: writes a key or certificates in each PEM form the loader accepts, and reads files as secrets. */
final class KeyFiles {

    private final Path dir;

    KeyFiles(Path dir) {
        this.dir = dir;
    }

    /** PKCS#1 ({@code RSA PRIVATE KEY}) from the key's own PKCS#1 encoding. */
    Path pkcs1(String name, PrivateKey rsaKey) throws IOException {
        byte[] pkcs1 = PrivateKeyInfo.getInstance(rsaKey.getEncoded()).parsePrivateKey().toASN1Primitive()
                .getEncoded();
        return write(name, new PemObject("RSA PRIVATE KEY", pkcs1));
    }

    /** Unencrypted PKCS#8 ({@code PRIVATE KEY}). */
    Path pkcs8(String name, PrivateKey key) throws IOException {
        return write(name, new JcaPKCS8Generator(key, null).generate());
    }

    /** Encrypted PKCS#8 ({@code ENCRYPTED PRIVATE KEY}), AES-256-CBC under PBKDF2 as openssl writes it. */
    Path encryptedPkcs8(String name, PrivateKey key, String passphrase) throws Exception {
        var encryptor = new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC)
                .setProvider(BouncyCastle.provider()).setPassword(passphrase.toCharArray()).build();
        return write(name, new JcaPKCS8Generator(key, encryptor).generate());
    }

    /** Legacy OpenSSL encryption: a traditional key block with {@code Proc-Type: 4,ENCRYPTED} headers. */
    Path legacyEncrypted(String name, PrivateKey key, String passphrase) throws IOException {
        var encryptor = new JcePEMEncryptorBuilder("AES-128-CBC").setProvider(BouncyCastle.provider())
                .build(passphrase.toCharArray());
        StringWriter text = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(text)) {
            pem.writeObject(key, encryptor);
        }
        return Files.writeString(dir.resolve(name), text.toString());
    }

    /**
     * SEC1 ({@code EC PRIVATE KEY}) with the curve and public key inside, as openssl writes it (BC's writer leaves
     * the curve out when given a JDK key, which makes a file nothing can read).
     */
    Path sec1(String name, KeyPair keys) throws IOException {
        PrivateKeyInfo info = PrivateKeyInfo.getInstance(keys.getPrivate().getEncoded());
        ECPrivateKey inner = ECPrivateKey.getInstance(info.parsePrivateKey());
        ASN1BitString publicKey = SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded()).getPublicKeyData();
        ECPrivateKey sec1 = new ECPrivateKey(256, inner.getKey(), publicKey,
                info.getPrivateKeyAlgorithm().getParameters());
        return write(name, new PemObject("EC PRIVATE KEY", sec1.getEncoded()));
    }

    Path certificates(String name, X509Certificate... certificates) throws IOException {
        return write(name, (Object[]) certificates);
    }

    static Secret secret(Path file) {
        try {
            return Secret.of("file:" + file, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Secret passphrase(String value) {
        return Secret.of("env:AXYS_KEY_PASSPHRASE", value + "\n");
    }

    private Path write(String name, Object... objects) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(text)) {
            for (Object object : objects) {
                pem.writeObject(object);
            }
        }
        return Files.write(dir.resolve(name), text.toString().getBytes(StandardCharsets.US_ASCII));
    }
}
