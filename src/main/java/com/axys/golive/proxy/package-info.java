/**
 * {@code golive proxy}: a local listener that forwards a Program's own backend traffic to the target over the
 * Program's mTLS, records every exchange through the harness's capture, redaction, contract, ledger and evidence
 * chain into one bundle per session, and injects seeded faults on request. Nothing here holds a secret beyond
 * memory, and no request reaches production but a read, and only with {@code --allow-production}.
 */
package com.axys.golive.proxy;
