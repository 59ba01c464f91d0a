package com.axys.golive.cli;

import com.axys.golive.HarnessException;
import com.axys.golive.config.HarnessConfig;
import com.axys.golive.run.Continuation;
import com.axys.golive.verification.BundleVerifier;
import com.axys.golive.verification.ServerTrust;
import com.axys.golive.verification.Verdict;
import com.axys.golive.verification.VerificationReport;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code --continue RUN}, as {@code golive run} and {@code golive verify-production} both take it: the run it names,
 * checked before anything starts. Refused with one line: the embedded simulator, no such run, another target,
 * nothing pending (exit 2); a bundle that does not verify (exit 4), since what it says it made cannot be trusted.
 */
final class ContinueOption {

    private ContinueOption() {
    }

    /** The run {@code run} names ({@link Continuation#NONE} when null), on {@code config}'s target. */
    static Continuation resolve(String run, HarnessConfig config) {
        if (run == null) {
            return Continuation.NONE;
        }
        if (config.target().isSimulator()) {
            throw new HarnessException(HarnessException.Category.USAGE, "--continue continues a run on a real target"
                    + " (staging, production, or a standalone 'golive simulator' given by URL); the embedded"
                    + " simulator forgets what a run made when it ends: give --target");
        }
        Path dir = Continuation.bundle(run, config.evidenceRoot());
        Continuation earlier = Continuation.of(dir, config.target().baseUrl().toString());
        VerificationReport check = new BundleVerifier(ServerTrust.jdkAnd(List.of())).verify(dir);
        if (check.verdict() != Verdict.VERIFIED) {
            throw new HarnessException(HarnessException.Category.EVIDENCE, "--continue: the bundle of run "
                    + earlier.runId() + " did not verify (" + check.verdict() + "), so what it says it made cannot be"
                    + " trusted; check it with 'golive evidence verify " + dir + "'");
        }
        return earlier;
    }
}
