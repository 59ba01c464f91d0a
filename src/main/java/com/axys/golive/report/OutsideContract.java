package com.axys.golive.report;

/**
 * A call the contract could not place: no operation serves it, or the operation answered a status the contract
 * does not list. Either is drift the inferred facts cannot name, so the drift report lists it on its own.
 *
 * @param operationId null when no operation serves the call
 */
record OutsideContract(long seq, String operationId, String method, String path, int status, String violation) {
}
