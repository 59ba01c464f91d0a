package com.axys.golive.simulator;

/** The simulator's control surface for tests. STUB: to be completed (see the simulator brief). */
public interface SimulatorControl {
}
