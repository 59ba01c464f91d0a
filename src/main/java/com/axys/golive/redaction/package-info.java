/**
 * The one definition of "secret": a policy folded from named parts (API key, key material, PAN, CVV, expiry, PIN,
 * OTP code, tokens, a card number's last four digits) that turns a captured exchange into a
 * {@link com.axys.golive.redaction.RedactedExchange}. It fails closed: a body it cannot parse is replaced by a
 * marker, never passed through. The leak scan reuses its pattern rules ({@code PanCandidates}, {@code FreeTextCodes},
 * {@code SensitiveFields}) so the two can never disagree about what a secret looks like.
 */
package com.axys.golive.redaction;
