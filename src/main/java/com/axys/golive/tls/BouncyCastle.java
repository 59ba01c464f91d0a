package com.axys.golive.tls;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * One BouncyCastle provider instance, handed to the BC builders that need it (the JDK lacks the OpenSSL and PBES2
 * key derivations). It is deliberately not registered with {@code Security}: nothing else changes behaviour.
 */
final class BouncyCastle {

    private static final Provider PROVIDER = new BouncyCastleProvider();

    private BouncyCastle() { }

    static Provider provider() {
        return PROVIDER;
    }
}
