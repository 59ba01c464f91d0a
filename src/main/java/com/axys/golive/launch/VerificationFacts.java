package com.axys.golive.launch;

import java.util.List;

/**
 * What the Phase 3 steps observed beyond pass or fail, for the table's notes. Holds ids and hosts only: never a link,
 * PAN or CVV. Every component but {@code depositChains} is null when the test did not get that far.
 *
 * @param cardholderId        test 2's test cardholder
 * @param applicationLinkHost test 3: the host of the returned application link
 * @param review              test 4: how the compliance review ended, in words
 * @param cardId              test 5's card
 * @param depositChains       test 5: the chains of the card's deposit addresses
 * @param transactionsListed  test 8: how many transactions the card's list held
 */
public record VerificationFacts(Long cardholderId, String applicationLinkHost, String review, Long cardId,
                                List<String> depositChains, Integer transactionsListed) {

    public VerificationFacts {
        depositChains = List.copyOf(depositChains);
    }

    public static VerificationFacts none() {
        return new VerificationFacts(null, null, null, null, List.of(), null);
    }
}
