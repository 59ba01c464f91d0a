@if:wallets
Feature: Program wallets and wallet-to-card transfers
  A Program that uses wallets creates them (P1.INT.14), funds them by bank transfer, and moves money from a wallet to
  a card (P1.INT.15). A transfer is internal, so it is immediate: the card's ledger and available balances both rise
  by the amount at once. It is recorded as a wallet movement only, never as a card transaction. Every transfer goes
  through the harness's idempotency guard and carries a unique reference in its description, by which the wallet's
  movements are searched and the run's reconciliation.json matches it to the card balances read around it.

  Funding a wallet waits for its bank deposit to clear, polling the wallet's movements hours, then days apart.

  Rule: A Program creates its wallets by name

    @checklist:P1.INT.14
    Scenario: The Program creates a wallet
      When the Program creates a wallet
      Then the call succeeds with status 200
      And the new wallet has an id

  Rule: A wallet-to-card transfer moves the money at once and is recorded as a wallet movement only

    Background:
      Given Jordan is an approved cardholder
      And Jordan has a virtual card

    @checklist:P1.INT.15
    Scenario: A transfer from a funded wallet raises Jordan's card balances by the amount
      Given the Program has a funded wallet
      When the Program transfers money from its wallet to Jordan's virtual card
      Then the transfer is made at once
      And the balance of Jordan's virtual card rose by the amount transferred
      And the wallet's movements list the transfer to Jordan's virtual card exactly once
      And no card transaction is recorded for the transfer

    @checklist:P1.INT.15 @checklist:P1.ERR.01
    Scenario: A transfer larger than the wallet holds is refused as invalid
      Given the Program has an empty wallet
      When the Program transfers money from its wallet to Jordan's virtual card
      Then the call is refused with status 422
      And the refusal names the field amount
      And the balance of Jordan's virtual card is unchanged
