package com.axys.golive.steps;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Test identities: real-looking but plainly internal (example.com mail, fictional 555-01XX numbers), unique per
 * created cardholder ({@link TestIdentity}) so that staging's duplicate rules see distinct people, and records are
 * easy to find and clean up. Never real people, never real card data.
 */
final class Personas {

    private Personas() {
    }

    /**
     * A POST /cardholders body with every required field, for {@code persona} ("Jordan", kept as the first name)
     * under {@code identity}: last name, e-mail, mobile number and birth date unique in the run.
     */
    static Map<String, Object> cardholder(String persona, TestIdentity identity) {
        String first = persona.length() >= 2 ? persona : persona + "x";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("firstName", first);
        body.put("lastName", identity.lastName());
        body.put("emailAdr", identity.email(first, "golive"));
        body.put("gender", 2);
        body.put("nationality", "American");
        body.put("placeOfBirth", "USA");
        body.put("dob", identity.dob());
        body.put("adrLine1", "1 Test Street");
        body.put("city", "San Francisco");
        body.put("state", "CA");
        body.put("country", "US");
        body.put("zipCode", "94105");
        body.put("callingCode", "1");
        body.put("cellNum", identity.cellNum());
        return body;
    }

    /** The new address an edit sends, and expects back. */
    static final String NEW_ADDRESS_LINE = "2 Changed Street";
    static final String NEW_CITY = "Oakland";

    /** What a persona's deposit trace declares: 250.00 in the Program's currency, decimal-implied. */
    static final long DEPOSIT_AMOUNT = 25_000L;

    /**
     * Invalid values by "field problem", as the rejected-input outline names them. Each breaks exactly one documented
     * rule of POST /cardholders (docs/api-decisions.md, "Required fields of POST /cardholders").
     */
    private static final Map<String, Consumer<Map<String, Object>>> BROKEN = Map.of(
            "firstName one character long", body -> body.put("firstName", "J"),
            "firstName 51 characters long", body -> body.put("firstName", "J" + "o".repeat(50)),
            "emailAdr 51 characters long", body -> body.put("emailAdr", "j".repeat(39) + "@example.com"),
            "country an alpha-3 code instead of alpha-2", body -> body.put("country", "USA"),
            "placeOfBirth an alpha-2 code instead of alpha-3", body -> body.put("placeOfBirth", "US"),
            "dob not in YYYY-MM-DD form", body -> body.put("dob", "12/04/1990"),
            "gender outside 0 to 2", body -> body.put("gender", 3));

    /** {@link #cardholder} with {@code field} broken as {@code problem} says ("country", "an alpha-3 code ..."). */
    static Map<String, Object> cardholderWithBrokenField(String persona, TestIdentity identity, String field,
                                                        String problem) {
        Consumer<Map<String, Object>> breaker = BROKEN.get(field + " " + problem);
        if (breaker == null) {
            throw new IllegalArgumentException("no invalid value for " + field + " being " + problem + "; known: "
                    + BROKEN.keySet());
        }
        Map<String, Object> body = cardholder(persona, identity);
        breaker.accept(body);
        return body;
    }

    /** A PUT /cardholders/{id} body: a new address ({@code callingCode} is required on every edit). */
    static Map<String, Object> addressChange() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("callingCode", "1");
        body.put("adrLine1", NEW_ADDRESS_LINE);
        body.put("city", NEW_CITY);
        return body;
    }

    /** A second e-mail address for {@code persona}, as the limited update sends it, unique under {@code identity}. */
    static String updatedEmail(String persona, TestIdentity identity) {
        return identity.email(persona, "updated");
    }

    /** A POST /cards/virtual/{cardholderId} body. */
    static Map<String, Object> virtualCard(String persona) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nameOnCard", nameOnCard(persona));
        body.put("alias", persona + " golive virtual");
        return body;
    }

    /** A POST /cards/assign/{cardholderId} body on the Program's default design (slot 0). */
    static Map<String, Object> physicalCard(String persona) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nameOnCard", nameOnCard(persona));
        body.put("cardType", 0);
        body.put("alias", persona + " golive physical");
        return body;
    }

    /** A POST /cards/{cardId}/bank-deposit trace of {@link #DEPOSIT_AMOUNT}, referencing the card as the docs advise. */
    static Map<String, Object> bankDeposit(long cardId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("transactionAmount", DEPOSIT_AMOUNT);
        body.put("transactionReference", "golive card " + cardId);
        body.put("senderAccountName", "Golive Test Sender");
        return body;
    }

    /**
     * A POST /support/tickets body at {@code priority}: the subject says it comes from the go-live harness, so that a
     * ticket raised on staging is recognised as test traffic.
     */
    static Map<String, Object> supportTicket(String subject, String description, int priority) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subject", "[golive test] " + subject);
        body.put("description", description + " Raised by the Axys Go-Live Harness during go-live testing.");
        body.put("priority", priority);
        return body;
    }

    /** A ticket escalating a review that ended in {@code outcome}, naming the cardholder; priority 2. */
    static Map<String, Object> declineTicket(long cardholderId, CardholderStatus outcome) {
        Map<String, Object> body = supportTicket("Cardholder " + cardholderId + " review ended in " + outcome.label(),
                "The compliance review of cardholder " + cardholderId + " ended in status " + outcome + ". The "
                        + "Program has not submitted the cardholder again and asks Axys for the next step.", 2);
        body.put("cardholderId", cardholderId);
        return body;
    }

    /**
     * A POST /cardholders/{id}/register-bank-account body: a test account number (11 digits, well inside 7-34) and a
     * test routing number. Capture redacts the account number by its field name.
     */
    static Map<String, Object> bankAccount(String persona) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("senderAccountName", persona + " Golive");
        body.put("senderAccountNumber", "00012345678");
        body.put("senderRoutingNumber", "110000000");
        return body;
    }

    /** {@link #bankAccount} with an account number one character short of the documented 7: distinctive, 6 long. */
    static Map<String, Object> bankAccountWithShortNumber(String persona) {
        Map<String, Object> body = bankAccount(persona);
        body.put("senderAccountNumber", "GLV006");
        return body;
    }

    private static String nameOnCard(String persona) {
        return (persona + " Golive").toUpperCase(Locale.ROOT);
    }

    /** What a Program's wallet is funded with: 500.00, decimal-implied. */
    static final long WALLET_FUNDING = 50_000L;
    /** What a transfer from the Program's wallet to a card moves: 125.00, decimal-implied. */
    static final long TRANSFER_AMOUNT = 12_500L;
    /** What a card is funded with before its purchases, as the staging simulation takes it (a decimal string). */
    static final String CARD_FUNDING = "100.00";
    /** Domestic purchases, in order: amount (decimal string) and merchant. Five of them add up to 47.90. */
    static final List<Map.Entry<String, String>> PURCHASES = List.of(Map.entry("12.50", "Golive Corner Cafe"),
            Map.entry("7.25", "Golive Book Shop"), Map.entry("3.10", "Golive Bus Fare"),
            Map.entry("20.00", "Golive Grocer"), Map.entry("5.05", "Golive Pharmacy"));
    /** A purchase abroad: it carries an FX fee. */
    static final Map.Entry<String, String> FOREIGN_PURCHASE = Map.entry("40.00", "Golive Paris Bistro");

    /** A wallet name that says whose test data it is. */
    static String walletName(String runTag) {
        String tag = runTag.length() > 6 ? runTag.substring(runTag.length() - 6) : runTag;
        return "Golive operating " + tag;
    }

    /** A POST /wallets/{walletId}/bank-deposit trace of {@link #WALLET_FUNDING}, under {@code reference}. */
    static Map<String, Object> walletDeposit(String reference) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("transactionAmount", WALLET_FUNDING);
        body.put("transactionReference", reference);
        body.put("senderAccountName", "Golive Test Sender");
        return body;
    }

    /**
     * A reference unique to one wallet movement of this run ({@code golive-<run>-w<wallet>-<what>}): it goes in the
     * movement's description, which is how the transfer guard and the reconciliation find it again.
     */
    static String movementReference(String runTag, long walletId, String what) {
        return "golive-" + runTag + "-w" + walletId + "-" + what;
    }
}
