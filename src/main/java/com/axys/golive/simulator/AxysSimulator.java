package com.axys.golive.simulator;

/** The embedded Axys simulator. STUB: to be implemented (see the simulator brief). */
public final class AxysSimulator implements AutoCloseable {
    public static AxysSimulator start(SimulatorOptions options) { throw new UnsupportedOperationException("stub"); }
    /** e.g. {@code https://127.0.0.1:43121/v2} */
    public String baseUrl() { throw new UnsupportedOperationException("stub"); }
    public SimulatorControl control() { throw new UnsupportedOperationException("stub"); }
    @Override
    public void close() { }
}
