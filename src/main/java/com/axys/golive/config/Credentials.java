package com.axys.golive.config;

import com.axys.golive.secrets.SecretRef;
import java.util.Optional;

/**
 * Where the client certificate, its key and the API key come from: references only, never values. Either a PEM pair
 * ({@code clientCert} + {@code clientKey}, with an optional {@code keyPassphrase}) or a PKCS#12 file
 * ({@code clientP12} + {@code p12Password}). {@code caBundle} adds trust anchors for a target whose server certificate
 * is not publicly trusted.
 */
public record Credentials(SecretRef clientCert, SecretRef clientKey, SecretRef keyPassphrase, SecretRef clientP12,
                          SecretRef p12Password, SecretRef apiKey, SecretRef caBundle) {

    public static Credentials none() {
        return new Credentials(null, null, null, null, null, null, null);
    }

    public Optional<SecretRef> keyPassphraseRef() {
        return Optional.ofNullable(keyPassphrase);
    }

    public Optional<SecretRef> caBundleRef() {
        return Optional.ofNullable(caBundle);
    }

    public boolean usesPkcs12() {
        return clientP12 != null;
    }

    /** This set with every non-null reference of {@code over} taking precedence. */
    public Credentials overriddenBy(Credentials over) {
        return new Credentials(pick(over.clientCert, clientCert), pick(over.clientKey, clientKey),
                pick(over.keyPassphrase, keyPassphrase), pick(over.clientP12, clientP12),
                pick(over.p12Password, p12Password), pick(over.apiKey, apiKey), pick(over.caBundle, caBundle));
    }

    private static <T> T pick(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }
}
