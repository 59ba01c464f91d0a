package com.axys.golive.evidence;

import com.axys.golive.tls.CertificateSummary;
import java.util.Objects;

/**
 * What the manifest says about a run besides its files: the tool, the target and the client certificate (subject,
 * fingerprint, validity; never the key).
 */
public record RunMetadata(String toolVersion, String targetName, String baseUrl, CertificateSummary certificate,
                          String tags, String features) {

    public RunMetadata {
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(targetName, "targetName");
        Objects.requireNonNull(baseUrl, "baseUrl");
        tags = tags == null ? "" : tags;
        features = features == null ? "" : features;
    }
}
