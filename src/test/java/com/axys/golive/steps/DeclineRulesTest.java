package com.axys.golive.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The decline paths over call records shaped as calls.jsonl writes them, across scenarios. */
final class DeclineRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<JsonNode> calls = new ArrayList<>();

    private void call(String json) {
        try {
            calls.add(JSON.readTree(json.replace('\'', '"')));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private void seen(long seq, String scenario, long id, int status) {
        call("{'seq':" + seq + ",'scenario':'" + scenario + "','method':'GET','path':'/cardholders/" + id
                + "','operationId':'getCardholder','status':200,'response':{'body':{'status':'success','cardholder':"
                + "{'cardholderId':" + id + ",'status':" + status + "}}}}");
    }

    private void submitted(long seq, String scenario, long id, int answer) {
        call("{'seq':" + seq + ",'scenario':'" + scenario + "','method':'PUT','path':'/cardholders/" + id
                + "/kyc-submit'," + (answer > 0 ? "'operationId':'submitKyc'," : "") + "'status':" + answer + "}");
    }

    private void ticket(long seq, String scenario, long id) {
        call("{'seq':" + seq + ",'scenario':'" + scenario + "','method':'POST','path':'/support/tickets',"
                + "'operationId':'createSupportTicket','status':200,'request':{'body':{'cardholderId':" + id + "}}}");
    }

    @Test
    void aResubmissionAfterAnAdminDeclineSeenInAnotherScenarioIsABreach() {
        submitted(1, "A", 7001, 200);
        seen(2, "A", 7001, 7);
        ticket(3, "A", 7001);
        submitted(9, "B", 7001, 200);
        assertThat(DeclineRules.breaches(calls)).singleElement().satisfies(breach -> {
            assertThat(breach.cardholderId()).isEqualTo(7001);
            assertThat(breach.submitSeq()).isEqualTo(9);
            assertThat(breach.scenario()).isEqualTo("B");
            assertThat(breach.toString()).contains("call #9").contains("scenario 'B'").contains("call #2")
                    .contains("Admin Decline (7)").contains("never re-submitted");
        });
    }

    @Test
    void aTicketDoesNotMakeAResubmissionAfterAnAdminDeclineAllowedNorDoesAnUnansweredOne() {
        seen(2, "A", 7001, 7);
        ticket(3, "A", 7001);
        submitted(4, "(outside any scenario)", 7001, -1);
        assertThat(DeclineRules.breaches(calls)).singleElement()
                .satisfies(breach -> assertThat(breach.toString()).contains("call #4 (outside any scenario)"));
    }

    @Test
    void anErrorMayBeResubmittedOnlyAfterATicketAboutThatCardholder() {
        seen(2, "A", 6001, 6);
        ticket(3, "A", 6002);
        submitted(4, "A", 6001, 200);
        seen(5, "B", 6003, 6);
        ticket(6, "B", 6003);
        submitted(7, "B", 6003, 200);
        assertThat(DeclineRules.breaches(calls)).singleElement().satisfies(breach -> {
            assertThat(breach.cardholderId()).isEqualTo(6001);
            assertThat(breach.toString()).contains("Error (6)").contains("no accepted support ticket");
        });
    }

    @Test
    void aComplianceDeclineMayBeResubmittedAndASubmissionBeforeAnyDeclineIsFine() {
        submitted(1, "A", 2001, 200);
        seen(2, "A", 2001, 2);
        submitted(3, "A", 2001, 200);
        submitted(4, "A", 7001, 200);
        seen(5, "A", 7001, 7);
        assertThat(DeclineRules.breaches(calls)).isEmpty();
    }

    @Test
    void aCardholderListShowingAnAdminDeclineCountsAsSeen() {
        call("{'seq':1,'scenario':'A','method':'GET','path':'/cardholders','operationId':'listCardholders',"
                + "'status':200,'response':{'body':{'status':'success','items':[{'cardholderId':7001,'status':7}]}}}");
        submitted(2, "A", 7001, 409);
        assertThat(DeclineRules.breaches(calls)).hasSize(1);
    }
}
