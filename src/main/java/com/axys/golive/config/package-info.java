/**
 * What a run is aimed at and how: the target (simulator, staging, production, or a URL, with the host rules that tell
 * them apart), the client credentials as secret references, timeouts, rate limit, poll deadline and the Program's
 * features, folded from flags, environment, {@code golive.yaml} and defaults in that order
 * ({@link com.axys.golive.config.ConfigLoader}). Nothing here opens a connection or resolves a secret's value.
 */
package com.axys.golive.config;
