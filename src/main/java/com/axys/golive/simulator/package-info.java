/**
 * The embedded Axys simulator's public face: {@link com.axys.golive.simulator.AxysSimulator} (start, base URL,
 * close), its options, the simulated Program's profile and the in-process {@link
 * com.axys.golive.simulator.SimulatorControl} for tests. The Axys behaviour itself lives in {@code simulator.domain}
 * and the HTTP translation in {@code simulator.wiremock}; nothing here implements either.
 */
package com.axys.golive.simulator;
