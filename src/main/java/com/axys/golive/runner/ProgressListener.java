package com.axys.golive.runner;

import com.axys.golive.run.PendingOnTarget;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints one line per scenario as it ends (so a long staging run shows progress), at most {@value #WIDTH}
 * characters, and counts the outcomes. Failure messages pass through the run's redaction before they are printed.
 * After a run-wide stop (its reason is the failure of the scenario that met it) the scenarios that are not started are
 * counted as skipped under one line.
 */
final class ProgressListener implements TestExecutionListener {

    /** The widest progress line: readable in a 120-column terminal and in CI logs. */
    static final int WIDTH = 120;

    private final PrintWriter out;
    private final UnaryOperator<String> redact;
    private final BooleanSupplier stopped;
    private final Map<String, Long> startedAt = new ConcurrentHashMap<>();
    private final List<ScenarioFailure> failures = new ArrayList<>();
    private boolean stopAnnounced;
    private TestPlan plan;
    private long passed;
    private long failed;
    private long pending;
    private long skipped;
    private long total;
    private final java.util.function.Supplier<List<String>> faults;

    ProgressListener(PrintWriter out, UnaryOperator<String> redact) {
        this(out, redact, () -> false);
    }

    /** @param stopped whether a run-wide stop is in force */
    ProgressListener(PrintWriter out, UnaryOperator<String> redact, BooleanSupplier stopped) {
        this(out, redact, stopped, List::of);
    }

    /** @param faults the passing faults the scenario that just ended met, which its failure names */
    ProgressListener(PrintWriter out, UnaryOperator<String> redact, BooleanSupplier stopped,
                     java.util.function.Supplier<List<String>> faults) {
        this.out = out;
        this.redact = redact;
        this.stopped = stopped;
        this.faults = faults;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        this.plan = testPlan;
        this.total = testPlan.countTestIdentifiers(TestIdentifier::isTest);
        out.printf("Running %d scenario%s%n", total, total == 1 ? "" : "s");
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        if (id.isTest()) {
            startedAt.put(id.getUniqueId(), System.nanoTime());
        }
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        if (id.isTest()) {
            skipped++;
            line("SKIP", id, 0);
        }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (!id.isTest()) {
            return;
        }
        Long t0 = startedAt.remove(id.getUniqueId());
        long millis = t0 == null ? 0 : (System.nanoTime() - t0) / 1_000_000;
        var waiting = result.getThrowable().flatMap(PendingOnTarget::of);
        if (waiting.isPresent()) {
            pending++;
            line("WAIT", id, millis);
            String detail = redact.apply(waiting.get().summary());
            out.println("         " + (detail.length() > WIDTH - 9 ? detail.substring(0, WIDTH - 10) + "…" : detail));
            out.flush();
            return;
        }
        switch (result.getStatus()) {
            case SUCCESSFUL -> {
                passed++;
                line("PASS", id, millis);
            }
            case ABORTED -> {
                skipped++;
                if (!stopped.getAsBoolean()) {
                    line("SKIP", id, millis);
                } else if (!stopAnnounced) {
                    stopAnnounced = true;
                    out.println("  Run stopped: the remaining scenarios are not started (counted as skipped).");
                    out.flush();
                }
            }
            case FAILED -> {
                failed++;
                line("FAIL", id, millis);
                String message = result.getThrowable().map(t -> redact.apply(String.valueOf(t.getMessage())
                        + FaultCause.of(faults.get()))).orElse("(no message)");
                message.lines().limit(12).forEach(l -> out.println("         " + l));
                failures.add(new ScenarioFailure(name(id).full(), message));
            }
        }
    }

    private void line(String verdict, TestIdentifier id, long millis) {
        long done = passed + failed + pending + skipped;
        String head = String.format("  [%d/%d] %s  ", done, total, verdict);
        String tail = String.format(" (%d ms)", millis);
        out.println(head + name(id).fit(WIDTH - head.length() - tail.length()) + tail);
        out.flush();
    }

    /** "Feature › Scenario": the feature is the ancestor right below the engine (rules sit in between). */
    private DisplayName name(TestIdentifier id) {
        if (plan == null) {
            return new DisplayName(null, id.getDisplayName());
        }
        TestIdentifier feature = id;
        for (var parent = plan.getParent(id); parent.isPresent() && plan.getParent(parent.get()).isPresent();
                parent = plan.getParent(parent.get())) {
            feature = parent.get();
        }
        return new DisplayName(feature == id ? null : feature.getDisplayName(), id.getDisplayName());
    }

    RunSummary summary() {
        return new RunSummary(passed, failed, pending, skipped, failures);
    }
}
