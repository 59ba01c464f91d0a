package com.axys.golive.contract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.axys.golive.contract.Exchanges.JSON;
import static com.axys.golive.contract.Exchanges.json;
import static com.axys.golive.contract.Exchanges.response;
import static com.axys.golive.contract.Exchanges.withRequest;
import static org.assertj.core.api.Assertions.assertThat;

final class ContractValidatorTest {

    private static final String CARDHOLDER = json("{'status':'success','cardholder':{'cardholderId':10532,'status':1,"
            + "'firstName':'Jordan','lastName':'Lee','emailAdr':'jordan@example.com','gender':2,'state':null}}");
    private static final String CARD = json("{'status':'success','cardId':8821,'cardholderId':10532,'type':'virtual',"
            + "'cardStatus':1,'issuerCardStatus':1,'maskedCardNumber':'************1234','alias':null,"
            + "'cryptoAddresses':[{'chain':'evm','address':'0x52908400098527886E0F7030069857D2E4169EE7'}]}");
    private static final String NEW_CARDHOLDER = json("{'firstName':'Jordan','lastName':'Lee',"
            + "'emailAdr':'jordan@example.com','gender':2,'nationality':'American','placeOfBirth':'USA',"
            + "'dob':'1990-01-31','adrLine1':'1 Main St','city':'Springfield','country':'US','callingCode':'1',"
            + "'cellNum':'5551234567'}");

    private final ContractValidator validator = ContractValidator.fromClasspath();

    @Test
    void passesAResponseThatKeepsTheContract() {
        ContractResult result = validator.validate(response("GET", "/cardholders/10532", 200, CARDHOLDER));

        assertThat(result.violations()).isEmpty();
        assertThat(result.outcome()).isEqualTo(ContractResult.Outcome.PASS);
        assertThat(result.operationId()).isEqualTo("getCardholder");
        assertThat(result.pathTemplate()).isEqualTo("/cardholders/{cardholderId}");
    }

    @Test
    void failsAMissingRequiredFieldNamingIt() {
        ContractResult result = validator.validate(response("GET", "/cards/8821", 200,
                CARD.replace("\"cardId\":8821,", "")));

        assertThat(result.outcome()).isEqualTo(ContractResult.Outcome.FAIL);
        assertThat(result.violations()).containsExactly("getCard 200 response: missing required field 'cardId'");
    }

    @Test
    void failsAWrongTypeNamingTheNestedField() {
        ContractResult result = validator.validate(response("GET", "/cardholders/10532", 200,
                CARDHOLDER.replace("\"status\":1,", "\"status\":\"1\",")));

        assertThat(result.violations())
                .contains("getCardholder 200 response: cardholder.status: expected integer, got string");
    }

    @Test
    void namesTheItemOfAListThatBreaksTheContract() {
        String page = json("{'status':'success','items':[ITEM],'total':1,'limit':50,'offset':0}")
                .replace("ITEM", CARD.replace("\"issuerCardStatus\":1", "\"issuerCardStatus\":\"1\""));

        ContractResult result = validator.validate(response("GET", "/cards", 200, page));

        assertThat(result.violations())
                .contains("listCards 200 response: items[0].issuerCardStatus: expected integer, got string");
    }

    @Test
    void passesUnknownFieldsAtEveryDepth() {
        String extended = CARD.replace("{\"status\":\"success\",", "{\"status\":\"success\",\"newTopLevel\":{\"a\":1},")
                .replace("\"chain\":\"evm\",", "\"chain\":\"evm\",\"network\":\"base\",");

        ContractResult result = validator.validate(response("GET", "/cards/8821", 200, extended));

        assertThat(result.violations()).isEmpty();
    }

    @Test
    void passesAnUnlistedChainBecauseChainsAreNotAClosedSet() {
        ContractResult result = validator.validate(response("GET", "/cards/8821", 200,
                CARD.replace("\"chain\":\"evm\"", "\"chain\":\"tron\"")));

        assertThat(result.passed()).isTrue();
    }

    @Test
    void failsAStatusTheOperationDoesNotList() {
        ContractResult result = validator.validate(response("GET", "/cards/8821", 418, "{}"));

        assertThat(result.violations()).singleElement().asString()
                .startsWith("getCard answered 418, which the contract does not list");
    }

    @Test
    void validatesTheRequestOnlyWhenAsked() {
        String invalid = NEW_CARDHOLDER.replace("1990-01-31", "31/01/1990");
        String created = json("{'status':'success','cardholderId':10532}");
        ContractExchange negative = new ContractExchange("POST", "/cardholders", "", JSON, invalid, 200, JSON, created,
                false);

        assertThat(validator.validate(negative).passed()).isTrue();
        assertThat(validator.validate(withRequest("POST", "/cardholders", invalid, 200, created)).violations())
                .containsExactly("createCardholder request: dob: does not match the pattern ^\\d{4}-\\d{2}-\\d{2}$");
        assertThat(validator.validate(withRequest("POST", "/cardholders", NEW_CARDHOLDER, 200, created)).passed())
                .isTrue();
    }

    @Test
    void namesEachMissingRequiredRequestField() {
        ContractResult result = validator.validate(withRequest("POST", "/cardholders",
                NEW_CARDHOLDER.replace("\"lastName\":\"Lee\",", "").replace(",\"cellNum\":\"5551234567\"", ""),
                200, json("{'status':'success','cardholderId':1}")));

        assertThat(result.violations()).containsExactlyInAnyOrder(
                "createCardholder request: missing required field 'lastName'",
                "createCardholder request: missing required field 'cellNum'");
    }

    @Test
    void namesAPathParameterThatIsNotAnInteger() {
        ContractResult result = validator.validate(withRequest("GET", "/cards/abc", null, 400,
                json("{'status':'error','message':'bad id','code':'MALFORMED_REQUEST'}")));

        assertThat(result.violations()).containsExactly("getCard request: path parameter 'cardId': expected integer,"
                + " got string");
    }

    @Test
    void ignoresTheMissingApiKeyAndUnknownQueryParametersOfARequest() {
        ContractExchange exchange = new ContractExchange("GET", "/cards", "limit=10&futureFilter=x", Map.of(), null,
                200, JSON, json("{'status':'success','items':[],'total':0,'limit':10,'offset':0}"), true);

        assertThat(validator.validate(exchange).violations()).isEmpty();
    }

    @Test
    void checksDocumentedQueryParameterRules() {
        ContractExchange exchange = new ContractExchange("GET", "/cards", "?limit=500", JSON, null, 200, JSON,
                json("{'status':'success','items':[],'total':0,'limit':200,'offset':0}"), true);

        assertThat(validator.validate(exchange).violations())
                .containsExactly("listCards request: query parameter 'limit': is above the maximum 200");
    }

    @Test
    void requiresRetryAfterOnA429() {
        String body = json("{'status':'error','message':'slow down','code':'RATE_LIMITED'}");
        ContractExchange withHeader = new ContractExchange("GET", "/cards/8821", "", JSON, null, 429,
                Map.of("Content-Type", List.of("application/json"), "Retry-After", List.of("30")), body, false);

        assertThat(validator.validate(withHeader).passed()).isTrue();
        assertThat(validator.validate(response("GET", "/cards/8821", 429, body)).violations())
                .containsExactly("getCard 429 response: missing required header 'Retry-After'");
    }

    @Test
    void holdsA403ToTheDocumentedMessageAndItsCode() {
        ContractResult result = validator.validate(response("GET", "/cardholders", 403,
                json("{'status':'error','message':'Forbidden','code':'FORBIDDEN'}")));

        assertThat(result.violations()).containsExactlyInAnyOrder(
                "listCardholders 403 response: message: expected one of [No Authorised IPs configured]",
                "listCardholders 403 response: code: expected one of [NO_AUTHORISED_IPS]");
    }

    @Test
    void failsAnErrorDisguisedAsSuccess() {
        ContractResult result = validator.validate(response("POST", "/wallets", 200,
                json("{'status':'error','message':'nope','code':'X'}")));

        assertThat(result.violations()).contains("createWallet 200 response: status: expected one of [success]",
                "createWallet 200 response: missing required field 'walletId'");
    }

    @Test
    void neverEchoesABodyValueInAViolation() {
        String details = json("{'status':'success','cardId':8821,'cardNumber':'4111111111111111X','cvv':'12345',"
                + "'expMonth':'13','expYear':'2031'}");

        ContractResult result = validator.validate(response("GET", "/cards/8821/details", 200, details));

        assertThat(result.violations()).hasSize(3).noneMatch(line -> line.contains("4111") || line.contains("12345"));
        assertThat(result.violations()).contains("getCardDetails 200 response: cardNumber: does not match the pattern"
                + " ^\\d{12,19}$");
    }

    @Test
    void failsABodyThatIsNotJson() {
        ContractResult result = validator.validate(response("GET", "/cards/8821", 200, "<html>oops</html>"));

        assertThat(result.violations()).containsExactly("getCard 200 response: body is not valid JSON");
    }

    @Test
    void failsACallNoOperationServes() {
        ContractResult result = validator.validate(response("GET", "/foo", 200, "{}"));

        assertThat(result.outcome()).isEqualTo(ContractResult.Outcome.FAIL);
        assertThat(result.operationId()).isNull();
        assertThat(result.violations()).containsExactly("no operation in the contract for GET /foo");
    }

    @Test
    void resolvesIntegerIdsAndLiteralSegmentsToTheRightOperation() {
        ContractResult balance = validator.validate(response("GET", "/cards/8821/balance", 200,
                json("{'status':'success','cardId':8821,'ledgerBalance':1000,'availableBalance':0}")));
        ContractResult transactions = validator.validate(response("GET", "/cards/transactions", 200,
                json("{'status':'success','items':[{'cardId':8821,'transId':'91234','authRefNum':'A1','amount':'10.00',"
                        + "'description':'Coffee','dateCreated':'2025-01-01T10:00:00Z','status':2}],'total':1,"
                        + "'limit':50,'offset':0}")));

        assertThat(balance.summary()).isEqualTo("PASS getCardBalance /cards/{cardId}/balance");
        assertThat(transactions.summary()).isEqualTo("PASS listCardTransactions /cards/transactions");
    }

    @Test
    void skipsAnExchangeThatGotNoResponse() {
        ContractResult result = validator.validate(response("GET", "/cards/8821", 0, null));

        assertThat(result.outcome()).isEqualTo(ContractResult.Outcome.SKIPPED);
        assertThat(result.operationId()).isEqualTo("getCard");
    }

    @Test
    void givesTheSameVerdictsFromManyThreads() throws Exception {
        ContractExchange good = response("GET", "/cardholders/10532", 200, CARDHOLDER);
        ContractExchange bad = response("GET", "/cards/8821", 200, CARD.replace("\"cardId\":8821,", ""));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ContractResult>> futures = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                ContractExchange exchange = i % 2 == 0 ? good : bad;
                futures.add(pool.submit(() -> validator.validate(exchange)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get().outcome()).isEqualTo(i % 2 == 0 ? ContractResult.Outcome.PASS
                        : ContractResult.Outcome.FAIL);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void isBuiltOnceAndShared() {
        assertThat(ContractValidator.fromClasspath()).isSameAs(validator);
        assertThat(validator.catalog()).isSameAs(ContractCatalog.fromClasspath());
    }
}
