package com.axys.golive.checklist;

import com.axys.golive.contract.ContractCatalog;
import com.axys.golive.contract.ContractOperation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class ChecklistTest {

    private final Checklist checklist = Checklist.load();

    @Test
    void holdsEveryItemOfEachPhaseOfTheRunbook() {
        assertThat(checklist.phase(1)).hasSize(27);
        assertThat(checklist.phase(2)).hasSize(25);
        assertThat(checklist.phase(3)).hasSize(8);
        assertThat(checklist.phase(4)).hasSize(14);
        assertThat(checklist.items()).hasSize(74);
        assertThat(checklist.phases()).extracting(ChecklistPhase::title).containsExactly("Staging completion",
                "Production onboarding (Account Management)", "Production verification", "Launch day");
    }

    @Test
    void countsTheItemsOfEachRunbookSection() {
        Map<String, Long> perSection = checklist.items().stream()
                .collect(Collectors.groupingBy(ChecklistItem::section, LinkedHashMap::new, Collectors.counting()));

        assertThat(perSection).containsExactly(
                Map.entry("Integration completeness", 17L), Map.entry("Error handling", 6L),
                Map.entry("Security review", 4L), Map.entry("Certificates", 6L), Map.entry("Network security", 6L),
                Map.entry("Program configuration", 6L), Map.entry("Card designs", 3L),
                Map.entry("Deposit addresses and funding", 4L), Map.entry("Production verification tests", 8L),
                Map.entry("Pre-launch (day before)", 6L), Map.entry("Go-live", 4L),
                Map.entry("Post-launch (first week)", 4L));
    }

    @Test
    void numbersIdsWithoutGapsInRunbookOrder() {
        Map<String, List<String>> numbersPerPrefix = new TreeMap<>();
        checklist.items().forEach(item -> {
            String prefix = item.id().substring(0, item.id().lastIndexOf('.'));
            numbersPerPrefix.computeIfAbsent(prefix, ignored -> new ArrayList<>())
                    .add(item.id().substring(item.id().lastIndexOf('.') + 1));
        });

        assertThat(checklist.items()).extracting(ChecklistItem::id).doesNotHaveDuplicates()
                .allMatch(id -> ChecklistItem.ID.matcher(id).matches());
        assertThat(numbersPerPrefix.keySet()).containsExactly("P1.ERR", "P1.INT", "P1.SEC", "P2.CERT", "P2.DES",
                "P2.FUND", "P2.NET", "P2.PROG", "P3", "P4.GO", "P4.POST", "P4.PRE");
        numbersPerPrefix.forEach((prefix, numbers) -> {
            for (int i = 0; i < numbers.size(); i++) {
                assertThat(numbers.get(i)).as(prefix).isEqualTo(String.format("%02d", i + 1));
            }
        });
    }

    @Test
    void namesTheEndpointOfEveryIntegrationItemAsTheRunbookWritesIt() {
        Map<String, String> firstEndpoint = new LinkedHashMap<>();
        checklist.phase(1).stream().filter(item -> item.id().startsWith("P1.INT.")).forEach(item -> {
            assertThat(item.endpoints()).as(item.id()).isNotEmpty();
            item.endpoints().forEach(endpoint -> assertThat(item.text()).as(item.id()).contains(endpoint));
            firstEndpoint.put(item.id(), item.endpoints().get(0));
        });

        assertThat(firstEndpoint).hasSize(17)
                .containsEntry("P1.INT.01", "POST /cardholders")
                .containsEntry("P1.INT.02", "PUT /cardholders/{id}/kyc-submit")
                .containsEntry("P1.INT.03", "GET /cardholders/{id}")
                .containsEntry("P1.INT.08", "GET /cards/{cardId}")
                .containsEntry("P1.INT.12", "POST /cardholders/{id}/register-bank-account")
                .containsEntry("P1.INT.16", "GET /cards/transactions")
                .containsEntry("P1.INT.17", "POST /otp/listeners");
        assertThat(checklist.find("P1.INT.16").orElseThrow().endpoints()).containsExactly("GET /cards/transactions",
                "GET /cards/fees");
    }

    @Test
    void setsApplicabilityOnExactlyTheRunbooksConditionalItems() {
        Map<String, String> conditional = new TreeMap<>();
        checklist.items().stream().filter(item -> item.applicability() != null)
                .forEach(item -> conditional.put(item.id(), item.applicability()));

        assertThat(conditional).isEqualTo(Map.of("P1.INT.05", "physical", "P1.INT.06", "physical",
                "P1.INT.11", "physical", "P1.INT.12", "bank", "P1.INT.13", "bank", "P1.INT.14", "wallets",
                "P1.INT.15", "wallets", "P1.INT.17", "3ds"));
        assertThat(checklist.items()).filteredOn(item -> item.text().contains("(if applicable)")
                        || item.text().contains("(if Program has 3DS enabled)"))
                .extracting(ChecklistItem::id).containsExactlyElementsOf(conditional.keySet());
    }

    @Test
    void pointsEveryEndpointAtAContractOperation() {
        ContractCatalog contract = ContractCatalog.fromClasspath();
        checklist.items().forEach(item -> {
            List<String> endpoints = item.operations().stream()
                    .map(id -> contract.find(id).orElseThrow(() -> new AssertionError(item.id() + " names unknown"
                            + " operation " + id)))
                    .map(ContractOperation::endpoint).map(ChecklistTest::shape).toList();
            item.endpoints().forEach(endpoint -> assertThat(endpoints).as(item.id()).contains(shape(endpoint)));
        });
    }

    @Test
    void carriesThePassCriteriaOfPhaseThreesTable() {
        assertThat(checklist.phase(3)).extracting(ChecklistItem::passCriterion).containsExactly(
                "200 from GET /cardholders", "cardholderId returned", "applicationLink returned, status = 3",
                "status = 1 confirmed", "cardId + cryptoAddresses returned", "Full PAN + CVV returned by /details",
                null, "Test transaction visible in /cards/transactions");
        assertThat(checklist.find("P3.06").orElseThrow().text())
                .isEqualTo("Retrieve card details — confirm full PAN/CVV returned by GET /cards/{id}/details");
        assertThat(checklist.phase(1)).allMatch(item -> item.passCriterion() == null);
    }

    @Test
    void saysHowTheHarnessCoversEachAutomatedItem() {
        assertThat(checklist.items()).filteredOn(ChecklistItem::automatable)
                .allMatch(item -> item.how() != null && !item.how().isBlank());
        assertThat(checklist.find("P2.CERT.04").orElseThrow())
                .extracting(ChecklistItem::automation, ChecklistItem::how)
                .containsExactly(ChecklistItem.Automation.AUTOMATED,
                        "golive preflight: key-cert match (public key of program.key equals the certificate's)");
        assertThat(checklist.find("P2.PROG.02").orElseThrow().automatable()).isFalse();
    }

    @Test
    void keepsTheRunbookTextVerbatim() {
        assertThat(checklist.find("P1.ERR.02").orElseThrow().text())
                .isEqualTo("The two-cause 403 \"No Authorised IPs configured\" distinguished in error logs");
        assertThat(checklist.find("P2.CERT.04").orElseThrow().text()).isEqualTo("Key-cert modulus match confirmed"
                + " (openssl x509 ... -modulus | md5sum and openssl rsa ... -modulus | md5sum — both hashes identical)");
        assertThat(checklist.find("P4.POST.04").orElseThrow().text())
                .isEqualTo("Staging environment kept for ongoing regression testing of new features");
    }

    @Test
    void findsByIdAndRejectsAnUnknownPhase() {
        assertThat(checklist.find("P1.INT.03")).get().extracting(ChecklistItem::section)
                .isEqualTo("Integration completeness");
        assertThat(checklist.find("P9.NOPE.01")).isEmpty();
        assertThatThrownBy(() -> checklist.phase(5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("phases 1-4");
    }

    @Test
    void isParsedOnceAndShared() {
        assertThat(Checklist.load()).isSameAs(checklist);
    }

    @Test
    void rejectsADuplicateIdNamingBothEntries() {
        String yaml = document(item("P1.INT.01", "automated", null) + item("P1.INT.01", "manual", null));

        assertThatThrownBy(() -> Checklist.parse(yaml)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("item 2 repeats id P1.INT.01 of item 1");
    }

    @Test
    void rejectsAnUnknownAutomationOrApplicabilityNamingTheEntry() {
        assertThatThrownBy(() -> Checklist.parse(document(item("P1.INT.01", "auto", null))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("item 1 (P1.INT.01): automation 'auto' is not one of automated, partly, manual");
        assertThatThrownBy(() -> Checklist.parse(document(item("P1.INT.01", "manual", "banking"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("item 1 (P1.INT.01): applicability 'banking' is not one of");
    }

    @Test
    void rejectsAMalformedIdAndAnUnknownField() {
        assertThatThrownBy(() -> Checklist.parse(document(item("P1.int.1", "manual", null))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("id 'P1.int.1' is malformed");
        assertThatThrownBy(() -> Checklist.parse(document(item("P1.INT.01", "manual", null) + "    colour: red\n")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a valid checklist")
                .hasMessageContaining("colour");
    }

    @Test
    void rejectsItemsOutOfRunbookOrder() {
        String yaml = document(item("P2.CERT.01", "manual", null).replace("phase: 1", "phase: 2")
                + item("P1.INT.01", "manual", null));

        assertThatThrownBy(() -> Checklist.parse(yaml)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("keep the items in runbook order");
    }

    private static String shape(String endpoint) {
        return endpoint.replaceAll("\\{[^}]+}", "{}");
    }

    private static String document(String items) {
        return """
                source: test
                phases:
                  - {phase: 1, title: Staging completion, intro: null}
                  - {phase: 2, title: Production onboarding, intro: null}
                  - {phase: 3, title: Production verification, intro: null}
                  - {phase: 4, title: Launch day, intro: null}
                items:
                """ + items;
    }

    private static String item(String id, String automation, String applicability) {
        return "  - id: " + id + "\n"
                + "    phase: 1\n"
                + "    section: Integration completeness\n"
                + "    text: a runbook line\n"
                + "    automation: " + automation + "\n"
                + "    how: a scenario\n"
                + (applicability == null ? "" : "    applicability: " + applicability + "\n");
    }
}
