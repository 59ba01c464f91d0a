/**
 * The evidence bundle of a run: hash-chained JSONL streams written line by line as the run goes, and a manifest
 * that lists every file with its SHA-256, all owner-only ({@link com.axys.golive.evidence.OwnerOnly}, which every
 * writer of the harness uses). It only ever receives redacted data; it never decides what is secret.
 */
package com.axys.golive.evidence;
