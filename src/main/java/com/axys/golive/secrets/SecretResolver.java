package com.axys.golive.secrets;

/** Resolves references to values. STUB: to be implemented (see the secrets brief). */
public final class SecretResolver {
    public static SecretResolver system() { throw new UnsupportedOperationException("stub"); }
    public Secret resolve(SecretRef ref) { throw new UnsupportedOperationException("stub"); }
}
