package com.axys.golive.tls;

import com.axys.golive.secrets.Secret;
import java.time.Clock;
import java.util.Optional;

/** Loads client credentials. STUB: to be implemented (see the tls brief). */
public final class CredentialLoader {
    public CredentialLoader(Clock clock) { }
    public ClientIdentity loadPem(Secret certificatePem, Secret privateKey, Optional<Secret> passphrase) {
        throw new UnsupportedOperationException("stub");
    }
    public ClientIdentity loadPkcs12(Secret keystore, Secret password) {
        throw new UnsupportedOperationException("stub");
    }
}
