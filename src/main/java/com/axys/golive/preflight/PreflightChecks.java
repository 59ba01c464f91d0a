package com.axys.golive.preflight;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.xbill.DNS.Resolver;

/** The preflight's checks, in the order the runbook takes them: certificate first, then network, then the call. */
public final class PreflightChecks {

    static final String SIMULATOR_HAS_NO_DNS = "simulator: no DNS to check; use --target staging|production with your"
            + " real certificate";

    private PreflightChecks() { }

    /**
     * @param dns  the resolver FCrDNS queries, asked for only when FCrDNS runs (not against the simulator)
     * @param call the auth test's call, made only when the auth test runs and the certificate is usable
     */
    public static List<PreflightCheck> standard(PreflightOptions options, ClientMaterial material,
                                                Supplier<Resolver> dns, AuthenticatedCall call) {
        Objects.requireNonNull(dns, "dns");
        Objects.requireNonNull(call, "call");
        List<PreflightCheck> checks = new ArrayList<>(List.of(
                new CertificateLoadCheck(material, options.clock()),
                new CertificateValidityCheck(material, options.clock(), options.warnDays()),
                new KeyMatchCheck(material),
                new KeyTypeCheck(material),
                new SubjectRulesCheck(material)));
        checks.add(options.target().isSimulator()
                ? new SkippedCheck(FcrdnsCheck.NAME, FcrdnsCheck.IDS, SIMULATOR_HAS_NO_DNS)
                : new FcrdnsCheck(material, options.callingIps(),
                        () -> new DnsLookups(dns.get(), options.dnsTimeout())));
        checks.add(options.skipAuthTest()
                ? new SkippedCheck(AuthTestCheck.NAME, AuthTestCheck.IDS, "skipped (--skip-auth-test)")
                : new AuthTestCheck(options.target().toString(), call));
        return List.copyOf(checks);
    }

    /** This machine's name servers (its resolver configuration, never the hosts file), each asked within timeout. */
    public static Resolver systemResolver(Duration timeout) {
        return DnsLookups.systemResolver(timeout);
    }
}
