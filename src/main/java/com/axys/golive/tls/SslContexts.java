package com.axys.golive.tls;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The one {@code SSLContext} factory for the client, preflight and tests. The context is created as TLSv1.3, which
 * on JDK 17 enables TLS 1.3 and 1.2 (older versions are disabled by the JDK's security properties).
 */
public final class SslContexts {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SslContexts() { }

    /** Client context presenting {@code identity}; trusts exactly {@code trustAnchors}, or the JDK defaults if none. */
    public static SSLContext client(ClientIdentity identity, List<X509Certificate> trustAnchors) {
        return client(identity, trustAnchors, java.util.function.UnaryOperator.identity());
    }

    /**
     * Like {@link #client(ClientIdentity, List)}, with the trust managers passed through {@code trust} first: a
     * check of its own at the handshake (golive proxy refuses production's certificate where production was not
     * declared) that runs after the standard validation it wraps.
     */
    public static SSLContext client(ClientIdentity identity, List<X509Certificate> trustAnchors,
                                    java.util.function.UnaryOperator<javax.net.ssl.TrustManager[]> trust) {
        Objects.requireNonNull(identity, "identity");
        List<X509Certificate> anchors = List.copyOf(trustAnchors);
        char[] password = randomPassword();
        try {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setKeyEntry("client", identity.privateKey(), password,
                    identity.chain().toArray(X509Certificate[]::new));
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(keys, password);

            TrustManagerFactory trustManagers =
                    TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trustManagers.init(anchors.isEmpty() ? null : trustStore(anchors));

            SSLContext context = SSLContext.getInstance("TLSv1.3");
            context.init(keyManagers.getKeyManagers(), trust.apply(trustManagers.getTrustManagers()), RANDOM);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new CredentialException(CredentialProblem.UNSUPPORTED_KEY, "cannot build a TLS context for client "
                    + "identity '" + identity.source() + "' (" + e.getClass().getSimpleName()
                    + "); give an RSA or EC key and its certificate", e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Parses one or more PEM certificates (a CA bundle); {@code label} names it in messages: "CA bundle 'file:x'". */
    public static List<X509Certificate> readCertificates(byte[] pem, String label) {
        Objects.requireNonNull(pem, "pem");
        return PemCertificates.read(pem, label, "give a PEM file of CERTIFICATE blocks");
    }

    private static KeyStore trustStore(List<X509Certificate> anchors) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        for (int i = 0; i < anchors.size(); i++) {
            store.setCertificateEntry("anchor-" + i, anchors.get(i));
        }
        return store;
    }

    /** 32 random letters and digits (about 190 bits), never turned into a String. */
    private static char[] randomPassword() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        char[] password = new char[32];
        for (int i = 0; i < password.length; i++) {
            password[i] = alphabet.charAt(RANDOM.nextInt(alphabet.length()));
        }
        return password;
    }
}
