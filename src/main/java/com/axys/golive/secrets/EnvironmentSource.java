package com.axys.golive.secrets;

import com.axys.golive.HarnessException;
import java.util.Map;

/** Reads {@code env:NAME} references from one environment (the process's, or a map in tests). */
final class EnvironmentSource {

    private final Map<String, String> environment;

    EnvironmentSource(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    Secret read(SecretRef ref) {
        String name = ref.locator();
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            throw new HarnessException(HarnessException.Category.USAGE, "environment variable " + name
                    + " (secret '" + ref + "') is " + (value == null ? "not set" : "empty") + "; export " + name
                    + " before running, or reference the secret as file:/path or exec:<command>");
        }
        return Secret.of(ref.toString(), value);
    }
}
