package com.axys.golive.tls;

import com.axys.golive.secrets.Secret;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Loads a client identity from PEM or PKCS#12 and refuses one Axys would refuse: a key that does not match the
 * certificate, or a certificate outside its validity window. Every failure is a {@link CredentialException} whose
 * message names the source, the problem and the fix, never key material or a passphrase.
 */
public final class CredentialLoader {

    private final ValidityCheck validity;

    public CredentialLoader(Clock clock) {
        this.validity = new ValidityCheck(Objects.requireNonNull(clock, "clock"));
    }

    /**
     * @param certificatePem the client certificate, optionally followed by its chain (leaf first)
     * @param privateKey     PKCS#1, SEC1 or PKCS#8 PEM, plain, encrypted PKCS#8 or legacy OpenSSL-encrypted
     * @param passphrase     needed only when the key is encrypted
     */
    public ClientIdentity loadPem(Secret certificatePem, Secret privateKey, Optional<Secret> passphrase) {
        Objects.requireNonNull(passphrase, "passphrase");
        List<X509Certificate> chain = PemCertificates.read(certificatePem.bytes(),
                "client certificate '" + certificatePem.source() + "'",
                "point --cert at the PEM certificate file (or load a .p12 as PKCS#12)");
        ClientIdentity identity = new ClientIdentity(chain, PemKeyReader.read(privateKey, passphrase),
                certificatePem.source() + " + " + privateKey.source());
        return checked(identity, privateKey.source());
    }

    /** The first private-key entry of a PKCS#12 keystore and its chain. */
    public ClientIdentity loadPkcs12(Secret keystore, Secret password) {
        return checked(Pkcs12Reader.read(keystore, password), keystore.source());
    }

    private ClientIdentity checked(ClientIdentity identity, String keySource) {
        KeyCertificateMatch.check(keySource, identity.privateKey(), identity.certificate()).orThrow();
        validity.check(identity.certificate()).orThrow();
        return identity;
    }
}
