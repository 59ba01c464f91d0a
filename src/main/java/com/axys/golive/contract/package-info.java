/**
 * The Axys v2 contract ({@code contract/axys-v2.yaml}, OpenAPI 3.0 with {@code x-source} provenance marks) and its
 * validator: {@link com.axys.golive.contract.ContractValidator} judges one request/response pair, and
 * {@link com.axys.golive.contract.ContractCatalog} lists operations, statuses and inferred facts for coverage and
 * drift reports.
 * Schema checking is done by swagger-request-validator, never by hand; nothing here performs HTTP, writes evidence
 * or sees a redacted exchange, and no violation message ever echoes a body value.
 */
package com.axys.golive.contract;
