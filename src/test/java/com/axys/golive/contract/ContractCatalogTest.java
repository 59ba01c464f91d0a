package com.axys.golive.contract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class ContractCatalogTest {

    private final ContractCatalog catalog = ContractCatalog.fromClasspath();

    @Test
    void listsEveryOperationOnceWithItsMethodAndTemplate() {
        assertThat(catalog.operations()).hasSize(35);
        assertThat(catalog.find("getCardholder")).get()
                .extracting(ContractOperation::endpoint).isEqualTo("GET /cardholders/{cardholderId}");
        assertThat(catalog.find("noSuchOperation")).isEmpty();
    }

    @Test
    void flagsExactlyTheDeprecatedOperations() {
        assertThat(catalog.operations()).filteredOn(ContractOperation::deprecated)
                .extracting(ContractOperation::operationId)
                .containsExactlyInAnyOrder("depositCard", "depositWallet", "registerWalletAddress");
    }

    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource({
            "GET, /cards/8821/balance, getCardBalance",
            "GET, /cards/transactions, listCardTransactions",
            "GET, /cards/fees, listCardFees",
            "GET, /cards/8821, getCard",
            "GET, /cards/8821/details, getCardDetails",
            "GET, /cardholders/10532, getCardholder",
            "PUT, /cardholders/10532, editCardholder",
            "PUT, /cardholders/10532/kyc-submit, submitKyc",
            "POST, /cardholders/10532/kyc-url/refresh, refreshKycUrl",
            "POST, /cards/virtual/10532, issueVirtualCard",
            "POST, /cards/assign/10532, issuePhysicalCard",
            "POST, /wallets/transfer, transferFromWallet",
            "GET, /wallets/transactions, listWalletTransactions",
            "POST, /wallets/3301/bank-deposit, bankDepositWallet",
            "get, /otp/tok-123, getOtp",
            "POST, /staging/kyc/validate, stagingKycValidate"
    })
    void resolvesAConcreteCallToItsOperation(String method, String path, String operationId) {
        assertThat(catalog.resolve(method, path)).get().extracting(ContractOperation::operationId)
                .isEqualTo(operationId);
    }

    @Test
    void resolvesNothingForAnUnknownPathOrMethod() {
        assertThat(catalog.resolve("GET", "/foo")).isEmpty();
        assertThat(catalog.resolve("DELETE", "/cards/8821")).isEmpty();
        assertThat(catalog.resolve("BREW", "/cards/8821")).isEmpty();
        assertThat(catalog.resolve("GET", "/v2/cards/8821")).isEmpty();
    }

    @Test
    void explainsWhyNoOperationServesACall() {
        assertThat(catalog.noOperationMessage("GET", "/foo")).isEqualTo("no operation in the contract for GET /foo");
        assertThat(catalog.noOperationMessage("DELETE", "/cards/8821"))
                .isEqualTo("no operation in the contract for DELETE /cards/8821 (/cards/{cardId} allows GET)");
        assertThat(catalog.noOperationMessage("GET", "/v2/cards/8821")).endsWith("drop /v2");
    }

    @Test
    void recordsEachStatusWithItsProvenance() {
        ContractOperation create = catalog.find("createCardholder").orElseThrow();
        ContractOperation edit = catalog.find("editCardholder").orElseThrow();

        assertThat(create.statuses()).containsExactly(200, 400, 401, 403, 404, 422, 429, 500, 503);
        assertThat(create.response(200)).get().extracting(ContractResponse::source).isEqualTo(Provenance.INFERRED);
        assertThat(create.response(200).orElseThrow().reason()).contains("200 assumed");
        assertThat(create.response(403)).get().extracting(ContractResponse::source).isEqualTo(Provenance.DOCUMENTED);
        assertThat(edit.response(409)).get().extracting(ContractResponse::source).isEqualTo(Provenance.DOCUMENTED);
        assertThat(catalog.find("getCard").orElseThrow().response(409)).isEmpty();
    }

    @Test
    void marksTheInferredEndpointsAsInferred() {
        assertThat(catalog.operations()).filteredOn(operation -> operation.source() == Provenance.INFERRED)
                .extracting(ContractOperation::operationId)
                .containsExactlyInAnyOrder("getCardDetails", "createSupportTicket", "stagingCardSpend",
                        "stagingCardDeposit", "stagingCardOtp");
    }

    @Test
    void derivesInferredFactsFromTheMarks() {
        List<String> ids = catalog.inferredFacts().stream().map(InferredFact::id).toList();

        assertThat(ids).contains(
                "createCardholder.status.200",
                "getCardholder.response.200.cardholder",
                "getCardholder.response.200.cardholder.status",
                "getCardDetails.operation",
                "createSupportTicket.operation",
                "changeCardPin.request.oldPin",
                "listCardTransactions.parameter.type",
                "getCard.response.200.CardStateRequired",
                "*.response.429.header.Retry-After",
                "*.response.422.errors");
        assertThat(ids).doesNotContain(
                "createCardholder.response.200.cardholderId",
                "listCardholders.operation",
                "createCardholder.request.firstName",
                "editCardholder.status.409");
    }

    @Test
    void marksTheRulesTheReferenceDoesNotStateAsInferredWithTheirReason() {
        assertThat(fact("createCardholder.request.CardholderCreateRequest").description())
                .startsWith("createCardholder: request: The twelve required fields are the quickstart's")
                .contains("(inferred: the reference marks the other eleven required fields yes [I]");
        assertThat(fact("createCardholder.request.dob").description()).contains("age >= 18 rules are the harness's");
        assertThat(fact("getOtp.response.200.code").description()).contains("one example code of 6 digits");
        assertThat(fact("getCardholder.response.200.cardholder.dateCreated").description())
                .contains("its place and format in the response are not documented");
        assertThat(fact("listCardTransactions.response.200.items[].dateCreated").description())
                .contains("its format is not");
        assertThat(catalog.inferredFacts()).extracting(InferredFact::id)
                .contains("createCardholder.request.nationality", "editCardholder.request.nationality",
                        "listCardFees.response.200.items[].dateCreated");
    }

    @Test
    void describesEachFactWithItsOperationAndReason() {
        InferredFact success = fact("createCardholder.status.200");
        InferredFact nested = fact("getCardholder.response.200.cardholder");

        assertThat(success.operationId()).isEqualTo("createCardholder");
        assertThat(success.description()).isEqualTo("createCardholder: success status is 200"
                + " (inferred: docs show no HTTP status for success; 200 assumed)");
        assertThat(nested.description()).startsWith("getCardholder: 200 response field 'cardholder' (inferred: nested");
        assertThat(fact("*.response.429.header.Retry-After").operationId()).isEqualTo(ContractCatalog.CONTRACT_WIDE);
    }

    @Test
    void keepsFactIdsUniqueAndEachOperationsFactsItsOwn() {
        List<InferredFact> facts = catalog.inferredFacts();

        assertThat(facts).extracting(InferredFact::id).doesNotHaveDuplicates();
        catalog.operations().forEach(operation -> assertThat(operation.inferredFacts())
                .allMatch(fact -> fact.operationId().equals(operation.operationId())));
    }

    @Test
    void isSharedOnceLoaded() {
        assertThat(ContractCatalog.fromClasspath()).isSameAs(catalog);
    }

    @Test
    void rejectsAPropertyWithoutProvenance() {
        assertThatThrownBy(() -> ContractCatalog.of(ContractDocument.parse(contractWithProperty("name: {type: string}"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("property 'name' has no x-source");
    }

    @Test
    void rejectsAnInferredMarkWithoutReason() {
        assertThatThrownBy(() -> ContractCatalog.of(ContractDocument.parse(
                contractWithProperty("name: {type: string, x-source: inferred}"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is inferred but has no x-reason");
    }

    @Test
    void rejectsABareRefPropertyWhoseMarkOpenApiWouldDrop() {
        assertThatThrownBy(() -> ContractCatalog.of(ContractDocument.parse(
                contractWithProperty("name: {$ref: '#/components/schemas/Other'}"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bare $ref");
    }

    private InferredFact fact(String id) {
        return catalog.inferredFacts().stream().filter(fact -> fact.id().equals(id)).findFirst().orElseThrow();
    }

    private static String contractWithProperty(String property) {
        return """
                openapi: 3.0.3
                info: {title: t, version: '1'}
                paths:
                  /things:
                    get:
                      operationId: listThings
                      x-source: documented
                      responses:
                        '200':
                          description: ok
                          x-source: documented
                          content:
                            application/json:
                              schema:
                                type: object
                                properties:
                                  %s
                components:
                  schemas:
                    Other: {type: object}
                """.formatted(property);
    }
}
