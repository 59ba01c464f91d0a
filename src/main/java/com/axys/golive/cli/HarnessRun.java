package com.axys.golive.cli;

import com.axys.golive.config.HarnessConfig;
import com.axys.golive.run.Continuation;
import com.axys.golive.run.HarnessSession;
import com.axys.golive.run.HarnessSessions;
import com.axys.golive.verification.BundleVerifier;
import com.axys.golive.verification.KnownSecrets;
import com.axys.golive.verification.ServerTrust;
import com.axys.golive.verification.VerificationReport;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One run's lifecycle, as {@code golive run} and {@code golive verify-production} both live it: open the session
 * (the embedded simulator starts here when it is the target) and install it for the glue; run the features; build the
 * Allure report; close (uninstall, then reconciliation, reports and the manifest); verify the bundle with every
 * secret the run learned. A kill between open and close still ends the bundle as aborted (a shutdown hook); the
 * phases' times are kept for the closing line ({@link #timing}).
 */
final class HarnessRun implements AutoCloseable {

    private final HarnessSession session;
    private final PrintWriter out;
    private final Thread interrupted;
    private final long openedAt;
    private final List<String> phases = new ArrayList<>();
    private long phaseStart;
    private boolean closed;

    private HarnessRun(HarnessSession session, PrintWriter out, long startedAt) {
        this.session = session;
        this.out = out;
        this.openedAt = startedAt;
        this.phaseStart = startedAt;
        this.interrupted = new Thread(() -> session.evidence().abort("interrupted"), "golive-evidence-abort");
    }

    /** Opens the session, installs it, points its progress at {@code out} and prints where the run goes. */
    static HarnessRun open(HarnessConfig config, HarnessSession.Options options, Continuation earlier,
                           PrintWriter out) {
        long started = System.nanoTime();
        HarnessSession session = HarnessSession.open(config, Clock.systemUTC(), options);
        session.tracker().continuing(earlier);
        HarnessRun run = new HarnessRun(session, out, started);
        Runtime.getRuntime().addShutdownHook(run.interrupted);
        try {
            HarnessSessions.install(session);
        } catch (RuntimeException e) {
            run.close();
            throw e;
        }
        session.progress().to(line -> {
            out.println(line);
            out.flush();
        });
        out.println("  base URL  " + session.target().baseUrl());
        out.println("  client    " + session.certificate().subject() + " (expires "
                + session.certificate().notAfter() + ", " + session.certificate().daysLeft() + " days left)");
        out.println("  evidence  " + session.evidence().dir());
        run.phaseDone("start-up");
        return run;
    }

    HarnessSession session() {
        return session;
    }

    /** Ends the phase that began when the previous one ended (start-up, scenarios, report ...). */
    void phaseDone(String name) {
        long now = System.nanoTime();
        phases.add(name + " " + seconds(now - phaseStart));
        phaseStart = now;
    }

    /** Builds the Allure report into the bundle and says where it is, unless {@code skip}. */
    void allureReport(boolean skip) {
        if (skip) {
            return;
        }
        out.println("Building the Allure report…");
        out.flush();
        var report = session.buildAllureReport();
        out.println(report.built() ? "  report    " + session.evidence().dir().resolve("report/index.html")
                : "  report    skipped: " + report.detail());
        phaseDone("report");
    }

    /** Uninstalls and closes the session: reconciliation, reports and manifest are written. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            HarnessSessions.uninstall();
            session.close();
        } finally {
            Runtime.getRuntime().removeShutdownHook(interrupted);
            phaseDone("close");
        }
    }

    /** The bundle check every run ends with: hashes, chains, and a leak scan with the run's own secrets. */
    VerificationReport verify() {
        VerificationReport report = new BundleVerifier(ServerTrust.jdkAnd(session.trustAnchors()))
                .verify(session.evidence().dir(), KnownSecrets.of(session.policy().sensitiveValues()));
        phaseDone("verify");
        return report;
    }

    /** "time 31.2 s: start-up 2.0 s, scenarios 24.9 s, report 3.1 s, close 0.9 s, verify 0.3 s; CPU 52.0 s". */
    String timing() {
        return "time " + seconds(System.nanoTime() - openedAt) + ": " + String.join(", ", phases)
                + cpu().map(c -> "; CPU " + seconds(c) + " (this process)").orElse("");
    }

    private static java.util.Optional<Long> cpu() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long nanos = os.getProcessCpuTime();
            return nanos >= 0 ? java.util.Optional.of(nanos) : java.util.Optional.empty();
        }
        return java.util.Optional.empty();
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
