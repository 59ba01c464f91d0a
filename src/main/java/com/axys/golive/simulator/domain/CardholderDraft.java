package com.axys.golive.simulator.domain;

/**
 * Validated cardholder input: the personal details sent (a patch for edits), and the optional flags; {@code null}
 * means "not sent".
 */
record CardholderDraft(PersonalDetails details, Boolean sumsubEnabled, Long transactionLimit) {
}
