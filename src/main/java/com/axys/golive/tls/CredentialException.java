package com.axys.golive.tls;

import com.axys.golive.HarnessException;
import java.util.Objects;

/** Unusable client credentials: carries the {@link CredentialProblem} so callers and tests need not parse text. */
public final class CredentialException extends HarnessException {

    private final CredentialProblem problem;

    public CredentialException(CredentialProblem problem, String message) {
        super(Objects.requireNonNull(problem, "problem").category(), message);
        this.problem = problem;
    }

    public CredentialException(CredentialProblem problem, String message, Throwable cause) {
        super(Objects.requireNonNull(problem, "problem").category(), message, cause);
        this.problem = problem;
    }

    public CredentialProblem problem() {
        return problem;
    }
}
