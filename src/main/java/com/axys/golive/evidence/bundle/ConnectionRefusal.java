package com.axys.golive.evidence.bundle;

import java.util.List;

/**
 * A connection the target refused before any HTTP exchange (an mTLS negative): no call line exists, so this is
 * its only evidence. Status is always -1.
 *
 * @param attempt what was tried
 */
public record ConnectionRefusal(String ts, String scenario, List<String> checklist, String attempt, int status,
                                String classification, String failure, String action) implements ErrorLine {

    public ConnectionRefusal {
        checklist = checklist == null ? List.of() : List.copyOf(checklist);
    }
}
