package com.axys.golive.simulator.domain;

/**
 * Validated card input: for issuance, the new card's settings; for PUT /cards/{id}/update, a patch in which
 * {@code null} keeps the current value. {@code designSlot} is only read for physical issuance.
 */
record CardRequest(String nameOnCard, String alias, Long transactionLimit, Integer designSlot, CardContact contact) {
}
