/**
 * Capture of every HTTP call the harness makes: a REST Assured filter takes the exchange as it crossed the wire,
 * validates it against the contract, has it redacted, and hands the redacted form to the evidence recorder; the same
 * steps ({@link com.axys.golive.capture.ExchangeCapture}) record what {@code golive proxy} forwards for a Program.
 * Nothing in this package writes anything itself; raw exchanges never leave it.
 */
package com.axys.golive.capture;
