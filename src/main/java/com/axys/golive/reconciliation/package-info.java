/**
 * The bundle's {@code reconciliation.json} and {@code reconciliation.md}: card transactions matched to their fees by
 * {@code authRefNum}, every wallet transfer matched to the card balances read around it, and each card's purchases
 * and fees matched to its available balance read around them, with totals per card;
 * written by {@link com.axys.golive.reconciliation.ReconciliationWriter} at the end of a run.
 * It reads the bundle's redacted {@code calls.jsonl} back from disk and nothing else of the run: amounts, ids and
 * references are not secret, and nothing here can show more than the bundle already holds.
 */
package com.axys.golive.reconciliation;
