package com.axys.golive.preflight;

import com.axys.golive.config.Credentials;
import com.axys.golive.secrets.SecretResolver;
import com.axys.golive.tls.ClientIdentity;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What preflight could load of the client credentials, with each problem kept as a message instead of thrown: the
 * certificate chain (when readable), the identity (only when the key matches the certificate), and why either is
 * missing. Where the material came from is kept as printable references, never as values.
 */
public final class ClientMaterial {

    /** How the material was given: a PEM pair (certificate and key files) or one PKCS#12 store. */
    enum Form { PEM, PKCS12 }

    private final Form form;
    private final String certificateRef;
    private final String keyRef;
    private final List<X509Certificate> chain;
    private final ClientIdentity identity;
    private final String certificateProblem;
    private final String keyProblem;

    private ClientMaterial(Form form, String certificateRef, String keyRef, List<X509Certificate> chain,
                           ClientIdentity identity, String certificateProblem, String keyProblem) {
        this.form = Objects.requireNonNull(form, "form");
        this.certificateRef = Objects.requireNonNull(certificateRef, "certificateRef");
        this.keyRef = Objects.requireNonNull(keyRef, "keyRef");
        this.chain = List.copyOf(chain);
        this.identity = identity;
        this.certificateProblem = certificateProblem;
        this.keyProblem = keyProblem;
    }

    /**
     * An identity already loaded and checked (the simulator's throwaway client certificate).
     *
     * @param certificateRef how to name its certificate, e.g. {@code throwaway:client.crt.pem}
     * @param keyRef         how to name its key
     */
    public static ClientMaterial of(ClientIdentity identity, String certificateRef, String keyRef) {
        return matched(Form.PEM, certificateRef, keyRef, identity);
    }

    /**
     * Resolves and reads the configured certificate and key (PEM pair or PKCS#12). Never throws for a problem with
     * the material: an unreadable, mismatched or wrongly protected certificate or key comes back as a problem the
     * checks report.
     */
    public static ClientMaterial load(Credentials refs, SecretResolver secrets, Clock clock) {
        return new ClientMaterialLoader(secrets, clock).load(refs);
    }

    static ClientMaterial matched(Form form, String certificateRef, String keyRef, ClientIdentity identity) {
        return new ClientMaterial(form, certificateRef, keyRef, identity.chain(), identity, null, null);
    }

    static ClientMaterial keyRefused(Form form, String certificateRef, String keyRef, List<X509Certificate> chain,
                                     String problem) {
        return new ClientMaterial(form, certificateRef, keyRef, chain, null, null,
                Objects.requireNonNull(problem, "problem"));
    }

    static ClientMaterial certificateRefused(Form form, String certificateRef, String keyRef, String problem) {
        return new ClientMaterial(form, certificateRef, keyRef, List.of(), null,
                Objects.requireNonNull(problem, "problem"), null);
    }

    Form form() {
        return form;
    }

    /** The certificate's reference as given, e.g. {@code file:/etc/axys/program.crt} (the store's, for PKCS#12). */
    String certificateRef() {
        return certificateRef;
    }

    /** The key's reference as given (the store's, for PKCS#12). */
    String keyRef() {
        return keyRef;
    }

    /** The chain as read, leaf first; empty when the certificate could not be read. */
    List<X509Certificate> chain() {
        return chain;
    }

    /** The client certificate itself. */
    Optional<X509Certificate> leaf() {
        return chain.isEmpty() ? Optional.empty() : Optional.of(chain.get(0));
    }

    /** Present only when the certificate was read and the key matches it. */
    Optional<ClientIdentity> identity() {
        return Optional.ofNullable(identity);
    }

    /** Why the certificate could not be read. */
    Optional<String> certificateProblem() {
        return Optional.ofNullable(certificateProblem);
    }

    /** Why the key could not be read or does not belong to the certificate. */
    Optional<String> keyProblem() {
        return Optional.ofNullable(keyProblem);
    }

    @Override
    public String toString() {
        return "ClientMaterial[" + form + " " + certificateRef + (form == Form.PEM ? " + " + keyRef : "")
                + (identity != null ? ", matched" : certificateProblem != null ? ", certificate unreadable"
                : ", key refused") + "]";
    }
}
