package com.axys.golive.simulator.domain;

import static com.axys.golive.simulator.domain.TestAxys.error;
import static com.axys.golive.simulator.domain.TestAxys.json;
import static com.axys.golive.simulator.domain.TestAxys.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class CardActivityTest {

    private final TestAxys sim = new TestAxys();
    private final CardActivity activity = sim.axys.activity();

    private Card fundedCard() {
        Card card = sim.virtualCard();
        value(sim.axys.staging().deposit(card.cardId(), json("amount", "500.00")));
        return card;
    }

    private Purchase spend(long cardId, String amount, boolean foreign) {
        return value(sim.axys.staging().spend(cardId, json("amount", amount, "foreign", foreign)));
    }

    private Page<CardTransaction> transactions(Object... query) {
        return value(activity.transactions(TestAxys.json(query)));
    }

    @Test
    void pagesCountEveryMatchInTotalAndShowEachTransactionOnce() {
        long cardId = fundedCard().cardId();
        List<String> made = new ArrayList<>();
        for (String amount : List.of("1.00", "2.00", "3.00", "4.00", "5.00")) {
            made.add(spend(cardId, amount, false).transaction().transId());
        }
        List<String> seen = new ArrayList<>();
        for (int offset = 0; offset < 5; offset += 2) {
            Page<CardTransaction> page = transactions("cardId", cardId, "limit", 2, "offset", offset);
            assertThat(page.total()).isEqualTo(5);
            assertThat(page.limit()).isEqualTo(2);
            page.items().forEach(t -> seen.add(t.transId()));
        }
        assertThat(seen).containsExactlyElementsOf(made);
        assertThat(transactions("cardId", cardId, "limit", 2, "offset", 6).items()).isEmpty();
        assertThat(transactions("cardId", cardId, "sort", "desc").items().get(0).transId()).isEqualTo(made.get(4));
    }

    @Test
    void filtersCombineWithAnd() {
        Card jordan = fundedCard();
        Card casey = fundedCard();
        spend(jordan.cardId(), "1.00", false);
        sim.advance(CardTransaction.CLEARING_DELAY);
        String pending = spend(jordan.cardId(), "2.00", false).transaction().transId();
        spend(casey.cardId(), "3.00", false);

        assertThat(transactions("cardId", jordan.cardId()).total()).isEqualTo(2);
        assertThat(transactions("cardholderId", casey.cardholderId()).total()).isEqualTo(1);
        assertThat(transactions("status", 2).items()).extracting(CardTransaction::cardId)
                .containsExactly(jordan.cardId());
        assertThat(transactions("cardId", jordan.cardId(), "status", 1).items())
                .extracting(CardTransaction::transId).containsExactly(pending);
        assertThat(transactions("cardId", casey.cardId(), "status", 2).total()).isZero();
        assertThat(transactions("transId", pending).total()).isEqualTo(1);
    }

    @Test
    void theTimeWindowIsInclusiveUnixSecondsAndLooksBackNinetyDaysByDefault() {
        long cardId = fundedCard().cardId();
        spend(cardId, "1.00", false);
        long first = sim.clock.instant().getEpochSecond();
        sim.advance(Duration.ofDays(2));
        spend(cardId, "2.00", false);
        long second = sim.clock.instant().getEpochSecond();

        assertThat(transactions("after", String.valueOf(second)).total()).isEqualTo(1);
        assertThat(transactions("before", String.valueOf(first)).total()).isEqualTo(1);
        assertThat(transactions("after", String.valueOf(first), "before", String.valueOf(second)).total())
                .isEqualTo(2);
        sim.advance(Duration.ofDays(89));
        assertThat(transactions().total()).isEqualTo(1);
        assertThat(transactions("after", "0").total()).isEqualTo(2);
    }

    @Test
    void feesShareTheirTransactionsAuthRefNumAndFilterLikeThem() {
        Card card = fundedCard();
        Purchase foreign = spend(card.cardId(), "40.00", true);
        spend(card.cardId(), "5.00", false);
        Page<CardFee> fees = value(activity.fees(json("cardId", card.cardId())));
        assertThat(fees.total()).isEqualTo(1);
        assertThat(fees.items()).singleElement().extracting(CardFee::authRefNum)
                .isEqualTo(foreign.transaction().authRefNum());
        assertThat(value(activity.fees(json("cardholderId", card.cardholderId() + 1))).total()).isZero();
        assertThat(value(activity.fees(json("limit", 1, "offset", 1))).items()).isEmpty();
    }

    @Test
    void badFiltersAreRefusedFieldByField() {
        assertThat(error(activity.transactions(json("status", 6, "after", "yesterday", "limit", 201)))
                .fieldErrors()).extracting(FieldError::field).containsExactlyInAnyOrder("status", "after", "limit");
        assertThat(error(activity.fees(json("offset", -1))).kind()).isEqualTo(ErrorKind.VALIDATION_FAILED);
    }
}
