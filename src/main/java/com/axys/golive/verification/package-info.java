/**
 * Offline checks of a run's evidence bundle, as an auditor runs them: hash chains, the manifest's file hashes, the
 * leak scan, and packing a verified bundle (or a campaign's verified bundles, with {@code campaign.json}) into a
 * deterministic zip. Nothing here writes into a bundle or prints a
 * secret value: findings name the file, line, column and kind of a secret, never the secret itself.
 */
package com.axys.golive.verification;
