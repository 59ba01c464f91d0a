package com.axys.golive.tls;

import com.axys.golive.secrets.Secret;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** The first private-key entry of a PKCS#12 keystore, with its certificate chain. */
final class Pkcs12Reader {

    private Pkcs12Reader() { }

    static ClientIdentity read(Secret keystore, Secret password) {
        String thing = "client keystore '" + keystore.source() + "'";
        byte[] content = keystore.bytes();
        char[] pass = password.asChars();
        try {
            KeyStore store = load(content, pass, thing);
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    return entry(store, alias, pass, thing, keystore.source());
                }
            }
            throw new CredentialException(CredentialProblem.NO_PRIVATE_KEY, thing + " holds no private key entry "
                    + "(found " + store.size() + " certificate entries); export the client certificate with its key");
        } catch (GeneralSecurityException e) {
            throw new CredentialException(CredentialProblem.NOT_PKCS12, thing
                    + " cannot be read as PKCS#12 (" + e.getClass().getSimpleName() + "); export it again", e);
        } finally {
            Arrays.fill(content, (byte) 0);
            Arrays.fill(pass, '\0');
        }
    }

    private static KeyStore load(byte[] content, char[] pass, String thing) throws GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try {
            store.load(new ByteArrayInputStream(content), pass);
            return store;
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw wrongPassword(thing);
            }
            throw new CredentialException(CredentialProblem.NOT_PKCS12, thing
                    + " is not a PKCS#12 keystore; give a .p12/.pfx file, or load PEM files with --cert and --key");
        }
    }

    private static ClientIdentity entry(KeyStore store, String alias, char[] pass, String thing, String source)
            throws GeneralSecurityException {
        Key key;
        try {
            key = store.getKey(alias, pass);
        } catch (UnrecoverableKeyException e) {
            throw wrongPassword(thing);
        }
        if (!(key instanceof PrivateKey privateKey)) {
            throw new CredentialException(CredentialProblem.NO_PRIVATE_KEY, thing + " entry '" + alias
                    + "' holds no private key; export the client certificate together with its key");
        }
        Certificate[] chain = store.getCertificateChain(alias);
        if (chain == null || chain.length == 0) {
            throw new CredentialException(CredentialProblem.NO_CERTIFICATE, thing + " entry '" + alias
                    + "' has a key but no certificate; export the client certificate together with its key");
        }
        List<X509Certificate> certificates = Arrays.stream(chain).map(X509Certificate.class::cast).toList();
        return new ClientIdentity(certificates, privateKey, source);
    }

    private static CredentialException wrongPassword(String thing) {
        return new CredentialException(CredentialProblem.WRONG_PASSPHRASE, thing
                + " could not be decrypted: wrong passphrase? check the keystore password secret");
    }
}
