package com.axys.golive.evidence.bundle;

import java.util.List;

/**
 * A request the harness refused and never sent (the production guard, {@code golive proxy}'s read-only rule): this
 * is its only evidence. Status is always -1; path and failure are redacted.
 */
public record RequestRefusal(String ts, String scenario, List<String> checklist, String method, String path,
                             int status, String classification, String failure, String action) implements ErrorLine {

    public RequestRefusal {
        checklist = checklist == null ? List.of() : List.copyOf(checklist);
    }
}
