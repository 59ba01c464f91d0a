/**
 * The one definition of "secret": a policy folded from named parts (API key, key material, PAN, CVV, expiry, PIN,
 * OTP code, tokens) that turns a captured exchange into a {@link com.axys.golive.redaction.RedactedExchange}.
 * It fails closed: a body it cannot parse is replaced by a marker, never passed through.
 */
package com.axys.golive.redaction;
