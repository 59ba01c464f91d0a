package com.axys.golive.launch;

import java.util.Objects;

/**
 * A cardholder or card the run created, to be cleaned up after a production verification.
 *
 * @param scenario the scenario whose call created it
 */
public record CreatedEntity(Kind kind, long id, String scenario) {

    /** What was created, and how the docs let a Program remove it. */
    public enum Kind {
        CARDHOLDER("cardholderId", "no delete endpoint is documented: ask Axys support to remove it, in the same"
                + " support ticket as its card"),
        CARD("cardId", "close it by support ticket (POST /support/tickets): Active to Closed is not available through"
                + " the API");

        private final String idName;
        private final String cleanup;

        Kind(String idName, String cleanup) {
            this.idName = idName;
            this.cleanup = cleanup;
        }

        public String idName() {
            return idName;
        }

        public String cleanup() {
            return cleanup;
        }
    }

    public CreatedEntity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scenario, "scenario");
    }

    /** {@code cardholderId 10532}. */
    public String label() {
        return kind.idName() + " " + id;
    }
}
