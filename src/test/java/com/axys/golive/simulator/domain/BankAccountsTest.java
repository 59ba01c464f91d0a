package com.axys.golive.simulator.domain;

import static com.axys.golive.simulator.domain.TestAxys.error;
import static com.axys.golive.simulator.domain.TestAxys.json;
import static com.axys.golive.simulator.domain.TestAxys.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

final class BankAccountsTest {

    private static final Map<String, Object> ACCOUNT = Map.of("senderAccountName", "Jordan Rivers",
            "senderAccountNumber", "00012345678", "senderRoutingNumber", "110000000");

    private final TestAxys sim = new TestAxys();
    private final BankAccounts accounts = sim.axys.bankAccounts();

    @Test
    void anApprovedCardholderWithACardRegistersAnAccountThatStaysPending() {
        Card card = sim.virtualCard();
        BankAccountRegistration registered = value(accounts.register(card.cardholderId(), json(ACCOUNT)));
        assertThat(registered.depositId()).isEqualTo(AxysStore.FIRST_DEPOSIT_ID);
        assertThat(registered.senderAccountNumber()).isEqualTo("00012345678");
        assertThat(registered.toString()).doesNotContain("00012345678").contains("pending");
        assertThat(accounts.all()).containsExactly(registered);
    }

    @Test
    void depositIdsAreSharedWithDeposits() {
        Card card = sim.virtualCard();
        value(sim.axys.funding().bankDeposit(card.cardId(), json("transactionAmount", 100)));
        assertThat(value(accounts.register(card.cardholderId(), json(ACCOUNT))).depositId())
                .isEqualTo(AxysStore.FIRST_DEPOSIT_ID + 1);
    }

    @Test
    void theCardholderMustBeApprovedAndHaveACard() {
        long approvedWithoutCard = sim.cardholderIn(CardholderStatus.APPROVED);
        assertThat(error(accounts.register(approvedWithoutCard, json(ACCOUNT))).message()).contains("no card yet");
        long declined = sim.cardholderIn(CardholderStatus.COMPLIANCE_DECLINE);
        assertThat(error(accounts.register(declined, json(ACCOUNT))).kind()).isEqualTo(ErrorKind.INVALID_STATE);
        assertThat(error(accounts.register(424_242, json(ACCOUNT))).kind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(accounts.all()).isEmpty();
    }

    @Test
    void fieldLengthsFollowTheReference() {
        long holder = sim.virtualCard().cardholderId();
        DomainError refused = error(accounts.register(holder, json("senderAccountName", "J".repeat(51),
                "senderAccountNumber", "123456", "senderRoutingNumber", "1234567890123")));
        assertThat(refused.fieldErrors()).containsExactly(new FieldError("senderAccountName", "length 1-50"),
                new FieldError("senderAccountNumber", "length 7-34"),
                new FieldError("senderRoutingNumber", "length 6-12"));
        assertThat(error(accounts.register(holder, json())).fieldErrors()).extracting(FieldError::rule)
                .containsOnly("required");
        assertThat(value(accounts.register(holder, json("senderAccountName", "J", "senderAccountNumber",
                "GB33BUKB20201555555555" + "123456789012", "senderRoutingNumber", "123456"))).depositId())
                .isPositive();
    }
}
