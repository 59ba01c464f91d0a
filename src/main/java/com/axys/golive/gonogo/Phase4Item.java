package com.axys.golive.gonogo;

import java.util.Objects;

/**
 * A Phase 4 item of the checklist (pre-launch and go-live), with the sign-off a person recorded in the bundle,
 * if any. These are the people's part of launch day: they do not enter the verdict.
 */
public record Phase4Item(String id, String section, String text, String automation,
                         Phase3Results.SignOffRecord signOff) {

    public Phase4Item {
        Objects.requireNonNull(id, "id");
    }

    /** "signed off by ..." or the manual status. */
    public String status() {
        if (signOff == null) {
            return "to be signed off by a person" + ("manual".equals(automation) ? ""
                    : " (the harness does it " + automation + ", a person confirms it)");
        }
        return "signed off by " + signOff.by() + " at "
                + signOff.at() + " (ref " + signOff.ref() + ")";
    }
}
