package com.axys.golive.secrets;

import com.axys.golive.HarnessException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Resolves {@link SecretRef}s to in-memory {@link Secret}s. Every failure is a {@code USAGE} error that names the
 * reference, the rule and the fix, and never the value; an empty value is a failure too.
 */
public final class SecretResolver {

    /** The default time an {@code exec:} command may take. */
    public static final Duration DEFAULT_EXEC_TIMEOUT = Duration.ofSeconds(30);
    /** The largest value read from a file or a command: a key, a certificate chain or a keystore fits easily. */
    static final int MAX_BYTES = 1024 * 1024;

    private final EnvironmentSource environment;
    private final FileSource files;
    private final CommandSource commands;

    /**
     * A resolver reading {@code env:} from {@code environment}; {@code exec:} commands run in the process's own
     * environment and are stopped after {@code execTimeout}.
     */
    public SecretResolver(Map<String, String> environment, Duration execTimeout) {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(execTimeout, "execTimeout");
        if (execTimeout.isNegative() || execTimeout.isZero()) {
            throw new IllegalArgumentException("exec timeout must be positive, was " + execTimeout);
        }
        this.environment = new EnvironmentSource(environment);
        this.files = new FileSource(Path.of(System.getProperty("user.home")));
        this.commands = new CommandSource(execTimeout);
    }

    /** The process environment and the default exec timeout. */
    public static SecretResolver system() {
        return new SecretResolver(System.getenv(), DEFAULT_EXEC_TIMEOUT);
    }

    /** The given environment and the default exec timeout. */
    public static SecretResolver withEnvironment(Map<String, String> environment) {
        return new SecretResolver(environment, DEFAULT_EXEC_TIMEOUT);
    }

    /**
     * Checks that a {@code file:} (or bare) reference names an existing file, without reading it; {@code env:} and
     * {@code exec:} references are not looked at (a command is run only when its value is needed).
     */
    public void requireFileExists(SecretRef ref) {
        Objects.requireNonNull(ref, "ref");
        if (ref.scheme() == SecretRef.Scheme.FILE) {
            files.requireFile(ref);
        }
    }

    public Secret resolve(SecretRef ref) {
        Objects.requireNonNull(ref, "ref");
        Secret secret = switch (ref.scheme()) {
            case ENV -> environment.read(ref);
            case FILE -> files.read(ref);
            case EXEC -> commands.read(ref);
        };
        if (secret.isBlank()) {
            secret.wipe();
            throw new HarnessException(HarnessException.Category.USAGE, "secret '" + ref + "' is empty; "
                    + (ref.scheme() == SecretRef.Scheme.EXEC ? "make the command print the secret on stdout"
                    : "put the value in the file"));
        }
        return secret;
    }
}
