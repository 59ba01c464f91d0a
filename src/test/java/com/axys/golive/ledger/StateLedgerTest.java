package com.axys.golive.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.redaction.CapturedExchange;
import com.axys.golive.capture.ScenarioContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import com.axys.golive.redaction.RedactionPolicy;
import com.axys.golive.redaction.SensitiveValues;
import org.junit.jupiter.api.Test;

final class StateLedgerTest {

    private static final RedactionPolicy POLICY = new RedactionPolicy(new SensitiveValues());

    private final List<Transition> recorded = new ArrayList<>();
    private final StateLedger ledger = new StateLedger(recorded::add);
    private long seq;

    private void respond(int status, String body) {
        ledger.observe(POLICY.redact(new CapturedExchange(++seq, Instant.EPOCH, 1, "GET", "https://h/v2/x", "/x", "",
                Map.of(), "", status, Map.of(), body, null, false)), ScenarioContext.NONE);
    }

    private static String cardholder(int status) {
        return "{\"status\":\"success\",\"cardholder\":{\"cardholderId\":7,\"status\":" + status + "}}";
    }

    @Test
    void recordsEachChangeOnceWithTheCallThatShowedIt() {
        respond(200, cardholder(4));
        respond(200, cardholder(4));
        respond(200, cardholder(3));
        respond(200, cardholder(3));
        respond(200, cardholder(1));
        assertThat(recorded).extracting(Transition::from, Transition::to, Transition::callSeq)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, 4L, 1L),
                        org.assertj.core.groups.Tuple.tuple(4L, 3L, 3L),
                        org.assertj.core.groups.Tuple.tuple(3L, 1L, 5L));
        assertThat(recorded).allMatch(Transition::allowed);
    }

    @Test
    void flagsATransitionTheDocumentedMachineDoesNotAllow() {
        respond(200, cardholder(4));
        respond(200, cardholder(1));
        Transition skip = recorded.get(1);
        assertThat(skip.allowed()).isFalse();
        assertThat(skip.rule()).contains("UNDOCUMENTED").contains("4 -> 1");
    }

    @Test
    void aMoveOutOfPendingIsJudgedFromTheStateBeforeIt() {
        respond(200, cardholder(1));
        respond(200, cardholder(0));
        respond(200, cardholder(4));
        assertThat(recorded).extracting(Transition::allowed).containsExactly(true, true, false);
        assertThat(recorded.get(2).rule()).isEqualTo("UNDOCUMENTED: status 1 -> 0 -> 4 is not in the documented"
                + " state machine (allowed from 1: [5])");
    }

    @Test
    void pendingInPassingAlongADocumentedMoveIsAllowed() {
        respond(200, cardholder(0));
        respond(200, cardholder(4));
        respond(200, cardholder(0));
        respond(200, cardholder(3));
        respond(200, cardholder(0));
        respond(200, cardholder(3));
        assertThat(recorded).allMatch(Transition::allowed);
        assertThat(recorded.get(3).rule()).isEqualTo("documented: 4 -> 0 -> 3");
    }

    @Test
    void findsCardsInListsAndTracksBothStatusFieldsAndBalances() {
        respond(200, "{\"status\":\"success\",\"items\":[{\"cardId\":9,\"cardholderId\":7,\"cardStatus\":1,"
                + "\"issuerCardStatus\":4}],\"total\":1,\"limit\":50,\"offset\":0}");
        respond(200, "{\"status\":\"success\",\"cardId\":9,\"issuerCardStatus\":1}");
        respond(200, "{\"status\":\"success\",\"cardId\":9,\"ledgerBalance\":1000,\"availableBalance\":0}");
        assertThat(recorded).extracting(t -> t.entity() + "." + t.field() + ":" + t.from() + "->" + t.to())
                .containsExactly("card.cardStatus:null->1", "card.issuerCardStatus:null->4",
                        "card.issuerCardStatus:4->1", "card.ledgerBalance:null->1000",
                        "card.availableBalance:null->0");
    }

    @Test
    void ignoresErrorsAndTheEnvelopesOwnStatus() {
        respond(409, "{\"status\":\"error\",\"cardholderId\":7}");
        respond(200, "{\"status\":\"success\",\"cardholderId\":7}");
        assertThat(recorded).isEmpty();
    }
}
