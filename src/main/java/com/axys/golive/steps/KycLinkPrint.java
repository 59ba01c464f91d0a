package com.axys.golive.steps;

import com.axys.golive.redaction.Markers;

/**
 * A KYC application link is a bearer URL (the evidence redacts it): scenarios keep, and a continuing run is handed,
 * only its fingerprint, the one the evidence's marker shows, which is enough to tell a replacement from the original.
 */
final class KycLinkPrint {

    private KycLinkPrint() {
    }

    /** The link's fingerprint marker, or null for no link. */
    static String of(String link) {
        return link == null ? null : Markers.fingerprinted("kyc-link", link);
    }
}
