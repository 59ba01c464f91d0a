/**
 * The evidence bundle's human-facing reports: the checklist coverage matrix with the contract coverage view
 * ({@code coverage.json/.md}), the drift report on the contract's inferred facts ({@code drift.json/.md}) and the
 * auditor's page ({@code summary.md/.html}), all written by {@link com.axys.golive.report.ReportWriter} at the end
 * of a run, before the manifest is finalised; and a campaign's coverage across several runs
 * ({@link com.axys.golive.report.CampaignCoverage}), which a campaign pack derives from its members' coverage.json.
 * Reports read the bundle's redacted JSONL files back from disk and nothing else of the run: no raw exchange, no
 * secret, no log; every value they put into Markdown or HTML is escaped.
 */
package com.axys.golive.report;
