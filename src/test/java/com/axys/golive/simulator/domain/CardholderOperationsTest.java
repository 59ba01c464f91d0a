package com.axys.golive.simulator.domain;

import static com.axys.golive.simulator.domain.TestAxys.error;
import static com.axys.golive.simulator.domain.TestAxys.json;
import static com.axys.golive.simulator.domain.TestAxys.validCardholder;
import static com.axys.golive.simulator.domain.TestAxys.value;
import static com.axys.golive.simulator.domain.TestAxys.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class CardholderOperationsTest {

    private final TestAxys sim = new TestAxys();
    private final CardholderOperations cardholders = sim.axys.cardholders();

    @Test
    void createdCardholderStartsAsDraftWithTheProgramCeilingAsLimit() {
        Cardholder created = value(cardholders.create(json(validCardholder())));
        assertThat(created.cardholderId()).isEqualTo(AxysStore.FIRST_CARDHOLDER_ID);
        assertThat(created.status()).isEqualTo(CardholderStatus.DRAFT);
        assertThat(created.transactionLimit()).isEqualTo(500_000L);
        assertThat(created.dateCreated()).isEqualTo(TestAxys.START);
    }

    @Test
    void emptyBodyListsEveryRequiredField() {
        DomainError error = error(cardholders.create(json(Map.of())));
        assertThat(error.kind()).isEqualTo(ErrorKind.VALIDATION_FAILED);
        assertThat(error.fieldErrors()).extracting(FieldError::field).containsExactlyInAnyOrder("firstName",
                "lastName", "emailAdr", "gender", "nationality", "placeOfBirth", "dob", "adrLine1", "city", "country",
                "callingCode", "cellNum");
        assertThat(error.fieldErrors()).extracting(FieldError::rule).containsOnly("required");
    }

    @ParameterizedTest(name = "{0}={1} breaks \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        "firstName|J|length 2-50",
        "emailAdr|jordan.example.test|must contain @",
        "emailAdr|a@b|length 6-50",
        "nationality|US|demonym word: letters only, length 3-30",
        "placeOfBirth|usa|ISO 3166-1 alpha-3 (3 upper-case letters)",
        "country|USA|ISO 3166-1 alpha-2 (2 upper-case letters)",
        "dob|1990-02-30|a real calendar date (YYYY-MM-DD)",
        "dob|01/04/1990|YYYY-MM-DD",
        "dob|2010-01-01|age >= 18",
        "dob|2030-01-01|a date in the past",
        "callingCode|0044|1-3 digits",
        "cellNum|555-0100|10-20 digits",
        "phoneNum|123|10-20 digits",
        "countryCallingCode|usa|ISO 3166-1 alpha-2 (2 upper-case letters)"
    })
    void rejectsAFieldThatBreaksItsRule(String field, String value, String rule) {
        DomainError error = error(cardholders.create(json(with(validCardholder(), field, value))));
        assertThat(error.fieldErrors()).containsExactly(new FieldError(field, rule));
    }

    @Test
    void rejectsWrongJsonTypes() {
        DomainError error = error(cardholders.create(json(with(with(validCardholder(), "gender", "male"),
                "firstName", 12))));
        assertThat(error.fieldErrors()).containsExactlyInAnyOrder(new FieldError("gender", "must be an integer"),
                new FieldError("firstName", "must be a string"));
    }

    @Test
    void rejectsALimitAboveTheProgramCeilingAndSumsubWithoutTheProgramSwitch() {
        Map<String, Object> body = with(with(validCardholder(), "transactionLimit", 500_001), "sumsubEnabled", 1);
        assertThat(error(cardholders.create(json(body))).fieldErrors()).containsExactlyInAnyOrder(
                new FieldError("transactionLimit", "<= program ceiling 500000"),
                new FieldError("sumsubEnabled", "1 needs a Program with SumSub enabled"));
    }

    @Test
    void concurrentCreatesGetDistinctIds() throws InterruptedException {
        int perThread = 50;
        List<Thread> threads = new ArrayList<>();
        Set<Long> ids = ConcurrentHashMap.newKeySet();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < perThread; i++) {
                    ids.add(value(cardholders.create(json(validCardholder()))).cardholderId());
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(ids).hasSize(4 * perThread);
        assertThat(value(cardholders.list(Fields.ofQuery(Map.of()))).total()).isEqualTo(4L * perThread);
    }

    @Test
    void unknownCardholderIsNotFound() {
        assertThat(error(cardholders.get(999)).kind()).isEqualTo(ErrorKind.NOT_FOUND);
    }

    @Test
    void editChangesDetailsOfADraftButIsLockedOnceApproved() {
        long draft = sim.draftCardholder();
        Cardholder edited = value(cardholders.edit(draft, json("callingCode", "44", "firstName", "Jo")));
        assertThat(edited.details().firstName()).isEqualTo("Jo");
        assertThat(edited.details().lastName()).isEqualTo("Rivers");

        long approved = sim.cardholderIn(CardholderStatus.APPROVED);
        DomainError locked = error(cardholders.edit(approved, json("callingCode", "44")));
        assertThat(locked.kind()).isEqualTo(ErrorKind.INVALID_STATE);
        assertThat(locked.message()).contains("1 (Approved)");
    }

    @Test
    void editIsLockedUnderReview() {
        long id = sim.draftCardholder();
        value(sim.axys.kyc().submit(id));
        assertThat(error(cardholders.edit(id, json("callingCode", "1"))).kind()).isEqualTo(ErrorKind.INVALID_STATE);
    }

    @Test
    void editRequiresCallingCode() {
        long id = sim.draftCardholder();
        assertThat(error(cardholders.edit(id, json("firstName", "Jo"))).fieldErrors())
                .containsExactly(new FieldError("callingCode", "required"));
    }

    @Test
    void limitedUpdateWorksAfterApprovalWithinTheCeiling() {
        long id = sim.cardholderIn(CardholderStatus.APPROVED);
        assertThat(value(cardholders.update(id, json("transactionLimit", 1_000))).transactionLimit()).isEqualTo(1_000);
        assertThat(error(cardholders.update(id, json("transactionLimit", 600_000))).kind())
                .isEqualTo(ErrorKind.VALIDATION_FAILED);
    }

    @Test
    void listCountsEveryMatchAndPages() {
        for (int i = 0; i < 5; i++) {
            sim.draftCardholder();
        }
        sim.cardholderIn(CardholderStatus.APPROVED);
        Page<Cardholder> page = value(cardholders.list(Fields.ofQuery(Map.of("status", "4", "limit", "2",
                "offset", "1"))));
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items()).hasSize(2).extracting(Cardholder::cardholderId).containsExactly(10_002L, 10_003L);
        assertThat(page.limit()).isEqualTo(2);
        assertThat(page.offset()).isEqualTo(1);
    }

    @Test
    void listDefaultsToFiftyFromZeroAndSortsDescendingOnRequest() {
        sim.draftCardholder();
        sim.draftCardholder();
        Page<Cardholder> page = value(cardholders.list(Fields.ofQuery(Map.of("sort", "desc"))));
        assertThat(page.limit()).isEqualTo(50);
        assertThat(page.offset()).isZero();
        assertThat(page.items()).extracting(Cardholder::cardholderId).containsExactly(10_002L, 10_001L);
    }

    @ParameterizedTest
    @CsvSource({"limit,201", "limit,0", "limit,ten", "offset,-1", "status,8", "orderBy,email", "sort,up"})
    void listRejectsParametersOutOfRange(String name, String value) {
        DomainError error = error(cardholders.list(Fields.ofQuery(Map.of(name, value))));
        assertThat(error.kind()).isEqualTo(ErrorKind.VALIDATION_FAILED);
        assertThat(error.fieldErrors()).extracting(FieldError::field).containsExactly(name);
    }
}
