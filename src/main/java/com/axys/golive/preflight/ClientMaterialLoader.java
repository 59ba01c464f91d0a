package com.axys.golive.preflight;

import com.axys.golive.HarnessException;
import com.axys.golive.config.Credentials;
import com.axys.golive.secrets.Secret;
import com.axys.golive.secrets.SecretRef;
import com.axys.golive.secrets.SecretResolver;
import com.axys.golive.tls.CredentialLoader;
import com.axys.golive.tls.SslContexts;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Loads the material for preflight through the public {@code tls} API without letting it refuse an expired pair.
 * {@link CredentialLoader} throws on a key mismatch and on an expired or not-yet-valid certificate; preflight reports
 * validity as a check of its own (against the real clock), so the pair is loaded with a clock standing at the
 * certificate's notBefore: inside its window, so only reading and key-match problems can stop the load.
 */
final class ClientMaterialLoader {

    private final SecretResolver secrets;
    private final Clock clock;

    ClientMaterialLoader(SecretResolver secrets, Clock clock) {
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    ClientMaterial load(Credentials refs) {
        return refs.usesPkcs12() ? pkcs12(refs) : pem(refs);
    }

    private ClientMaterial pem(Credentials refs) {
        String certRef = text(refs.clientCert(), "--cert");
        String keyRef = text(refs.clientKey(), "--key");
        if (refs.clientCert() == null) {
            return ClientMaterial.certificateRefused(ClientMaterial.Form.PEM, certRef, keyRef, "no client certificate"
                    + " was given; set --cert file:/path/program.crt or AXYS_CLIENT_CERT");
        }
        Secret certificate;
        List<X509Certificate> chain;
        try {
            certificate = secrets.resolve(refs.clientCert());
            chain = SslContexts.readCertificates(certificate.bytes(), "client certificate '" + certRef + "'");
        } catch (HarnessException unreadable) {
            return ClientMaterial.certificateRefused(ClientMaterial.Form.PEM, certRef, keyRef,
                    unreadable.getMessage());
        }
        if (refs.clientKey() == null) {
            return ClientMaterial.keyRefused(ClientMaterial.Form.PEM, certRef, keyRef, chain, "no private key was"
                    + " given for the certificate; set --key file:/path/program.key (or env:/exec:) or"
                    + " AXYS_CLIENT_KEY");
        }
        Secret key = null;
        Optional<Secret> passphrase = Optional.empty();
        try {
            key = secrets.resolve(refs.clientKey());
            passphrase = refs.keyPassphraseRef().map(secrets::resolve);
            return ClientMaterial.matched(ClientMaterial.Form.PEM, certRef, keyRef,
                    insideWindowOf(chain.get(0)).loadPem(certificate, key, passphrase));
        } catch (HarnessException refused) {
            return ClientMaterial.keyRefused(ClientMaterial.Form.PEM, certRef, keyRef, chain, refused.getMessage());
        } finally {
            if (key != null) {
                key.wipe();
            }
            passphrase.ifPresent(Secret::wipe);
        }
    }

    private ClientMaterial pkcs12(Credentials refs) {
        String storeRef = text(refs.clientP12(), "--p12");
        if (refs.p12Password() == null) {
            return ClientMaterial.certificateRefused(ClientMaterial.Form.PKCS12, storeRef, storeRef, "PKCS#12 store '"
                    + storeRef + "' needs its password; set --p12-password env:NAME or AXYS_CLIENT_P12_PASSWORD");
        }
        Secret store = null;
        Secret password = null;
        try {
            store = secrets.resolve(refs.clientP12());
            password = secrets.resolve(refs.p12Password());
            Optional<List<X509Certificate>> chain = Pkcs12Chain.read(store, password);
            if (chain.isEmpty()) {
                return ClientMaterial.certificateRefused(ClientMaterial.Form.PKCS12, storeRef, storeRef,
                        whyUnreadable(store, password, storeRef));
            }
            try {
                return ClientMaterial.matched(ClientMaterial.Form.PKCS12, storeRef, storeRef,
                        insideWindowOf(chain.get().get(0)).loadPkcs12(store, password));
            } catch (HarnessException refused) {
                return ClientMaterial.keyRefused(ClientMaterial.Form.PKCS12, storeRef, storeRef, chain.get(),
                        refused.getMessage());
            }
        } catch (HarnessException unresolved) {
            return ClientMaterial.certificateRefused(ClientMaterial.Form.PKCS12, storeRef, storeRef,
                    unresolved.getMessage());
        } finally {
            if (store != null) {
                store.wipe();
            }
            if (password != null) {
                password.wipe();
            }
        }
    }

    /** The tls reader words every way a store can be unreadable; let it say what is wrong with this one. */
    private String whyUnreadable(Secret store, Secret password, String storeRef) {
        try {
            new CredentialLoader(clock).loadPkcs12(store, password);
        } catch (HarnessException explained) {
            return explained.getMessage();
        }
        return "PKCS#12 store '" + storeRef + "' holds no certificate chain for its key; export it again with"
                + " the client certificate and its key";
    }

    private static CredentialLoader insideWindowOf(X509Certificate leaf) {
        return new CredentialLoader(Clock.fixed(leaf.getNotBefore().toInstant(), ZoneOffset.UTC));
    }

    private static String text(SecretRef ref, String flag) {
        return ref == null ? "(no " + flag + ")" : ref.toString();
    }
}
