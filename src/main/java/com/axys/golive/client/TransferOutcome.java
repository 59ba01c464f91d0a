package com.axys.golive.client;

import io.restassured.response.Response;
import java.util.Optional;

/**
 * What the {@link TransferGuard} did with one transfer, and why.
 *
 * @param transId     the transfer made, or null when none is known
 * @param posts       how many times the transfer was POSTed (1 or 2)
 * @param lastAnswer  the last POST's answer, or null when it never came
 * @param explanation the decision in words, with the reference and ids (never a secret)
 */
public record TransferOutcome(Decision decision, Long transId, int posts, Response lastAnswer, String explanation) {

    /** The guard's decisions. */
    public enum Decision {
        /** The first POST was answered 2xx. */
        MADE,
        /** A POST was refused outright (4xx other than 408/429): nothing was made, nothing is retried. */
        REFUSED,
        /** The answer was lost, and reconciliation found the transfer already made: it was not sent again. */
        FOUND_NOT_RETRIED,
        /** The answer was lost, reconciliation found no record, and the transfer was sent once more and made. */
        RETRIED_ONCE,
        /** The guard could not establish whether the transfer was made; it stopped without sending it again. */
        UNRESOLVED
    }

    /** The last POST's answer; empty when it never came. */
    public Optional<Response> answer() {
        return Optional.ofNullable(lastAnswer);
    }
}
