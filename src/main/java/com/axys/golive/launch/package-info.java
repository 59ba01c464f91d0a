/**
 * Launch day: the runbook's Phase 3 production verification (tests 1-8) as {@code golive verify-production} runs it:
 * the tag expressions it may use, the guard that proves they select only {@code @production-safe} scenarios, the
 * run-scoped record the Phase 3 steps share, and the pass-criteria table read back from the evidence. Nothing here
 * makes HTTP calls or holds a PAN, CVV or application link.
 */
package com.axys.golive.launch;
