package com.axys.golive.config;

import java.nio.file.Path;

/**
 * What the user said on the command line; every field may be null (not given). Secret fields hold references.
 */
public record ConfigOverrides(String target, Path configFile, Path evidenceRoot, String tags, String features,
                              String clientCert, String clientKey, String keyPassphrase, String clientP12,
                              String p12Password, String apiKey, String caBundle) {

    public static ConfigOverrides none() {
        return new ConfigOverrides(null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
