package com.axys.golive.config;

import java.util.List;

/** The shape of golive.yaml, exactly as written; every field optional. Unknown keys are errors. */
record ConfigFile(String target, String baseUrl, CredentialsSection credentials, ProgramSection program,
                  EvidenceSection evidence, ClientSection client, String tags) {

    record CredentialsSection(String clientCert, String clientKey, String keyPassphrase, String clientP12,
                              String p12Password, String apiKey, String caBundle) { }

    record ProgramSection(List<String> features) { }

    record EvidenceSection(String root) { }

    record ClientSection(Integer connectTimeoutSeconds, Integer readTimeoutSeconds, Integer pollDeadlineMinutes,
                         Double maxCallsPerSecond, Integer transferSettleSeconds) { }

    static ConfigFile empty() {
        return new ConfigFile(null, null, null, null, null, null, null);
    }
}
