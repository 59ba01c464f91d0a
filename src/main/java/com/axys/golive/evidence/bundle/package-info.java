/**
 * The evidence bundle's one model. Every line of the four hash-chained streams is a record here: {@link
 * com.axys.golive.evidence.bundle.CallLine} ({@code calls.jsonl}), {@link
 * com.axys.golive.evidence.bundle.ScenarioLine} ({@code scenarios.jsonl}), {@link
 * com.axys.golive.evidence.bundle.TransitionLine} ({@code transitions.jsonl}) and the three shapes of {@link
 * com.axys.golive.evidence.bundle.ErrorLine} ({@code errors.jsonl}). A record's components are the line's fields,
 * named once and written in declared order; {@code @JsonInclude} marks the fields a line leaves out when empty,
 * every other null is written as {@code null}. The chain's {@code prevHash} is not part of the model: {@code
 * JsonlChain} adds it last when writing, readers skip it.
 *
 * <p>{@link com.axys.golive.evidence.bundle.BundleStream} pairs a file with its record type and is the only place
 * a line becomes JSON or JSON a line: {@code EvidenceRun} writes through it, and {@link
 * com.axys.golive.evidence.bundle.Bundle#open} reads through it, one line at a time, for reports, reconciliation
 * and the pass-criteria table. The verifier ({@code verification}) still reads the raw lines, as it must check their
 * bytes and chain; the steps that check the evidence, the proxy and a few readers of other files still read fields
 * by name. Renaming a component renames the field everywhere it is migrated, and {@code BundleFieldReadsTest} fails
 * on a string-keyed read of a bundle field in any file not yet migrated (the list it keeps may only shrink).
 */
package com.axys.golive.evidence.bundle;
