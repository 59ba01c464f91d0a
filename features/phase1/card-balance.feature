@checklist:P1.INT.07
Feature: Card balance and balance polling
  A Program reads a card's balance (P1.INT.07): the ledger balance holds everything received, including amounts still
  clearing; the available balance only what can be spent. Both are decimal-implied integers (1000 = 10.00). A traced
  bank transfer (P1.INT.13, bank-deposit trace) shows in the ledger balance at once and in the available balance
  after clearing, about five business days later, which the Program learns by polling the balance on a schedule
  that backs off from minutes to every 12 hours, for up to 10 days.

  The clearing scenario runs on the simulator only: no go-live run can wait five business days on staging, and on the
  simulator the same polling code waits on virtual time through the full, unshortened clearing delay.

  Background:
    Given Jordan is an approved cardholder
    And Jordan has a virtual card

  Rule: A card's balances are decimal-implied integers, the available never above the ledger

    Scenario: A new card's balance is read
      When the balance of Jordan's virtual card is read
      Then the call succeeds with status 200
      And the balance shows its ledger and available amounts as whole numbers of minor units

  Rule: A traced bank transfer is in the ledger balance at once and in the available balance once it clears

    @if:bank @checklist:P1.INT.13
    Scenario: A traced bank transfer shows in the ledger balance at once
      When a bank transfer to Jordan's virtual card is traced
      Then the call succeeds with status 200
      And the ledger balance of Jordan's virtual card includes the deposit at once
      And the available balance of Jordan's virtual card does not include it yet

    @if:bank @checklist:P1.INT.13 @simulator-only
    Scenario: Balance polling sees a traced bank transfer become available after clearing
      Given a bank transfer to Jordan's virtual card has been traced
      Then polling the balance of Jordan's virtual card shows the deposit available within the clearing deadline
