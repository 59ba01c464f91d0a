package com.axys.golive.launch;

import java.util.Objects;

/**
 * The verification's one test cardholder as a pending test carries it into {@code verify-production --continue}:
 * its id, the host of its KYC link and the link's fingerprint (the marker the evidence shows), never the link.
 */
public record TestCardholder(String persona, long cardholderId, String applicationLinkHost, String linkFingerprint) {

    public TestCardholder {
        Objects.requireNonNull(persona, "persona");
        if (linkFingerprint != null && !linkFingerprint.startsWith(com.axys.golive.redaction.Markers.PREFIX)) {
            throw new IllegalArgumentException("a test cardholder carries its KYC link only as the evidence's"
                    + " fingerprint marker, never the link");
        }
    }
}
