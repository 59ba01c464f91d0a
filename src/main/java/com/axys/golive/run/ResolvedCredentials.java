package com.axys.golive.run;

import com.axys.golive.HarnessException;
import com.axys.golive.HarnessException.Category;
import com.axys.golive.config.Credentials;
import com.axys.golive.config.Target;
import com.axys.golive.secrets.Secret;
import com.axys.golive.secrets.SecretResolver;
import com.axys.golive.tls.ClientIdentity;
import com.axys.golive.tls.CredentialLoader;
import com.axys.golive.tls.SslContexts;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The values behind a real target's credential references, in memory only: the client identity, the trust anchors
 * (empty = the JDK's) and the API key. Loading checks the key against the certificate and the validity dates, so a
 * bad pair fails here with a clear message instead of as a handshake error later.
 */
public record ResolvedCredentials(ClientIdentity identity, List<X509Certificate> trustAnchors, Secret apiKey) {

    public ResolvedCredentials {
        Objects.requireNonNull(identity, "identity");
        trustAnchors = List.copyOf(trustAnchors);
        Objects.requireNonNull(apiKey, "apiKey");
    }

    public static ResolvedCredentials load(Target target, Credentials refs, SecretResolver secrets, Clock clock) {
        CredentialLoader loader = new CredentialLoader(clock);
        ClientIdentity identity;
        if (refs.usesPkcs12()) {
            if (refs.p12Password() == null) {
                throw missing(target, "the PKCS#12 password", "--p12-password env:NAME or AXYS_CLIENT_P12_PASSWORD");
            }
            identity = loader.loadPkcs12(secrets.resolve(refs.clientP12()), secrets.resolve(refs.p12Password()));
        } else {
            if (refs.clientCert() == null) {
                throw missing(target, "a client certificate", "--cert file:/path/program.crt or AXYS_CLIENT_CERT");
            }
            if (refs.clientKey() == null) {
                throw missing(target, "the client certificate's private key",
                        "--key file:/path/program.key (or env:/exec: reference) or AXYS_CLIENT_KEY");
            }
            identity = loader.loadPem(secrets.resolve(refs.clientCert()), secrets.resolve(refs.clientKey()),
                    refs.keyPassphraseRef().map(secrets::resolve));
        }
        if (refs.apiKey() == null) {
            throw missing(target, "an API key", "AXYS_API_KEY (the value) or --api-key env:NAME|file:|exec:");
        }
        Secret apiKey = requireHeaderSafe(secrets.resolve(refs.apiKey()));
        List<X509Certificate> anchors = refs.caBundleRef()
                .map(ref -> SslContexts.readCertificates(secrets.resolve(ref).bytes(), ref.toString()))
                .orElse(List.of());
        return new ResolvedCredentials(identity, anchors, apiKey);
    }

    /**
     * An X-API-Key goes out as one header line: a line break or another control character in it would be sent
     * folded into a space (or split the header), and a character outside printable ASCII is mangled on the wire.
     * Either is refused here, before any connection, naming the reference and never the value.
     */
    static Secret requireHeaderSafe(Secret apiKey) {
        String value = apiKey.asString();
        String holds = value.chars().anyMatch(c -> c == '\n' || c == '\r') ? "a line break (a control character)"
                : value.chars().anyMatch(c -> c < 0x20 || c == 0x7f) ? "a control character"
                : value.chars().anyMatch(c -> c > 0x7e) ? "a character outside printable ASCII"
                : Character.isWhitespace(value.charAt(0)) ? "leading whitespace" : null;
        if (holds == null) {
            return apiKey;
        }
        apiKey.wipe();
        throw new HarnessException(Category.USAGE, "the API key from '" + apiKey.source() + "' holds " + holds
                + " (the key is not shown); an X-API-Key is one line of printable characters: store the key alone,"
                + " with nothing but an optional trailing newline");
    }

    private static HarnessException missing(Target target, String what, String how) {
        return new HarnessException(Category.USAGE, "target " + target.name() + " needs " + what
                + " and none was given; set " + how + " (see README, 'Pointing it at staging')");
    }
}
