package com.axys.golive.simulator;

import com.axys.golive.simulator.domain.VirtualClock;
import java.nio.file.Path;

/** How to start the simulator. STUB shape: to be completed (see the simulator brief). */
public record SimulatorOptions(int port, Path keystore, Path truststore, char[] storePassword, String apiKey,
                               ProgramProfile program, VirtualClock clock) {
}
