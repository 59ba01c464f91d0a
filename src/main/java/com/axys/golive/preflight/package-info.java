/**
 * {@code golive preflight}: the Phase 2 checks that can be automated (certificate, validity, key match, key type,
 * subject rules, FCrDNS, the authenticated call), each a {@link com.axys.golive.preflight.PreflightCheck} that
 * reports a {@link com.axys.golive.preflight.CheckResult} instead of throwing. Nothing here prints or keeps key
 * material, a passphrase or an API key; the CLI wiring and exit codes live in {@code cli}.
 */
package com.axys.golive.preflight;
