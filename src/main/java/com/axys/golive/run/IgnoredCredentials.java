package com.axys.golive.run;

import com.axys.golive.HarnessException;
import com.axys.golive.HarnessException.Category;
import com.axys.golive.config.Credentials;
import com.axys.golive.secrets.SecretRef;
import com.axys.golive.secrets.SecretResolver;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Credentials given to a run on the embedded simulator, which issues its own client certificate and API key: they
 * are not used, but a file reference that names no file is still a mistake (a typo that would surface only on
 * launch day), so it is refused before anything starts. Commands are not run and variables are not read.
 */
public final class IgnoredCredentials {

    private IgnoredCredentials() {
    }

    /** Refuses, naming the flag, any given file reference whose file does not exist. */
    static void requireFilesExist(Credentials refs, SecretResolver secrets) {
        given(refs).forEach((flag, ref) -> {
            try {
                secrets.requireFileExists(ref);
            } catch (HarnessException e) {
                throw new HarnessException(Category.USAGE, flag + ": " + e.getMessage() + " (the simulator would not"
                        + " use it: the simulator issues its own client certificate and API key; drop " + flag
                        + " or fix it)");
            }
        });
    }

    /** A note naming the credentials given that the simulator does not use, or empty when none was given. */
    public static Optional<String> note(Credentials refs) {
        Map<String, SecretRef> given = given(refs);
        if (given.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.join(", ", given.keySet()) + (given.size() == 1 ? " is" : " are")
                + " ignored: the simulator issues its own client certificate and API key");
    }

    /** The references given, by the flag that sets them (the environment and golive.yaml may have set them too). */
    private static Map<String, SecretRef> given(Credentials refs) {
        Map<String, SecretRef> given = new LinkedHashMap<>();
        put(given, "--cert", refs.clientCert());
        put(given, "--key", refs.clientKey());
        put(given, "--key-passphrase", refs.keyPassphrase());
        put(given, "--p12", refs.clientP12());
        put(given, "--p12-password", refs.p12Password());
        put(given, "--api-key", refs.apiKey());
        put(given, "--ca-bundle", refs.caBundle());
        return given;
    }

    private static void put(Map<String, SecretRef> given, String flag, SecretRef ref) {
        if (ref != null) {
            given.put(flag, ref);
        }
    }
}
