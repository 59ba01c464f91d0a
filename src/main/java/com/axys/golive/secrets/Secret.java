package com.axys.golive.secrets;

/** A secret value held in memory only. STUB: to be implemented (see the secrets brief). */
public final class Secret {
    /** An in-memory value (e.g. the simulator's generated API key); {@code source} names where it came from. */
    public static Secret of(String source, byte[] value) { throw new UnsupportedOperationException("stub"); }
    public byte[] bytes() { throw new UnsupportedOperationException("stub"); }
    public String asString() { throw new UnsupportedOperationException("stub"); }
    public char[] asChars() { throw new UnsupportedOperationException("stub"); }
    /** Where it came from, e.g. {@code env:AXYS_API_KEY}: safe to print. */
    public String source() { throw new UnsupportedOperationException("stub"); }
}
