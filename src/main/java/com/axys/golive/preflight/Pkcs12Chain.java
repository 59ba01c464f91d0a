package com.axys.golive.preflight;

import com.axys.golive.secrets.Secret;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The certificate chain of a PKCS#12 store's first key entry, read with the JDK alone: preflight needs the
 * certificate before the key is checked ({@code tls.Pkcs12Reader} is package-private and refuses expired pairs).
 * Empty for any store that cannot be read; the tls loader then explains why.
 */
final class Pkcs12Chain {

    private Pkcs12Chain() { }

    static Optional<List<X509Certificate>> read(Secret store, Secret password) {
        byte[] content = store.bytes();
        char[] pass = password.asChars();
        try {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(new ByteArrayInputStream(content), pass);
            for (String alias : Collections.list(keys.aliases())) {
                Certificate[] chain = keys.isKeyEntry(alias) ? keys.getCertificateChain(alias) : null;
                if (chain != null && chain.length > 0) {
                    return Optional.of(Arrays.stream(chain).map(X509Certificate.class::cast).toList());
                }
            }
            return Optional.empty();
        } catch (GeneralSecurityException | IOException | ClassCastException unreadable) {
            return Optional.empty();
        } finally {
            Arrays.fill(content, (byte) 0);
            Arrays.fill(pass, '\0');
        }
    }
}
