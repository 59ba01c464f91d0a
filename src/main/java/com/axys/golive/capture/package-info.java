/**
 * Capture of every HTTP call the harness makes: a REST Assured filter takes the exchange as it crossed the wire,
 * validates it against the contract, has it redacted, and hands the redacted form to the evidence recorder.
 * Nothing in this package writes anything itself; raw exchanges never leave it.
 */
package com.axys.golive.capture;
