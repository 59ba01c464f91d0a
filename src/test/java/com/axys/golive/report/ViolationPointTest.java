package com.axys.golive.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.report.ViolationPoint.Scope;
import com.axys.golive.report.ViolationPoint.Subject;
import org.junit.jupiter.api.Test;

final class ViolationPointTest {

    @Test
    void readsTheFieldOfAResponseViolationWithArrayIndexesNormalised() {
        ViolationPoint v = ViolationPoint.parse("listCards 200 response: items[0].cardStatus: expected integer, got"
                + " string");
        assertThat(v).extracting(ViolationPoint::scope, ViolationPoint::status, ViolationPoint::subject,
                ViolationPoint::name).containsExactly(Scope.RESPONSE, 200, Subject.FIELD, "items[].cardStatus");
        assertThat(v.fieldWithin("items[].cardStatus")).isTrue();
        assertThat(v.fieldWithin("items[]")).isTrue();
        assertThat(v.fieldWithin("items[].card")).isFalse();
    }

    @Test
    void readsMissingFieldsHeadersAndParameters() {
        assertThat(ViolationPoint.parse("getCard 200 response: missing required field 'cardholder.status'"))
                .extracting(ViolationPoint::subject, ViolationPoint::name)
                .containsExactly(Subject.FIELD, "cardholder.status");
        assertThat(ViolationPoint.parse("getCard 429 response: missing required header 'Retry-After'"))
                .extracting(ViolationPoint::subject, ViolationPoint::name)
                .containsExactly(Subject.HEADER, "Retry-After");
        assertThat(ViolationPoint.parse("getCard 429 response: header 'Retry-After': is below the minimum 0"))
                .extracting(ViolationPoint::subject, ViolationPoint::name)
                .containsExactly(Subject.HEADER, "Retry-After");
        assertThat(ViolationPoint.parse("listCardFees request: query parameter 'cardId': expected integer, got"
                + " string")).extracting(ViolationPoint::scope, ViolationPoint::subject, ViolationPoint::name)
                .containsExactly(Scope.REQUEST, Subject.PARAMETER, "cardId");
    }

    @Test
    void readsUnlistedStatusesAndBodiesAndLeavesUnknownTextAlone() {
        assertThat(ViolationPoint.parse("getCard answered 201, which the contract does not list (it lists [200])"))
                .extracting(ViolationPoint::scope, ViolationPoint::status).containsExactly(Scope.UNLISTED_STATUS, 201);
        ViolationPoint body = ViolationPoint.parse("getCard 200 response: body is not valid JSON");
        assertThat(body.subject()).isEqualTo(Subject.BODY);
        assertThat(body.fieldWithin("")).isTrue();
        assertThat(body.fieldWithin("cardId")).isFalse();
        assertThat(ViolationPoint.parse("no operation in the contract for GET /nowhere").scope())
                .isEqualTo(Scope.OTHER);
    }
}
