@if:physical
Feature: Issuing and activating a physical card, and changing its PIN
  A Program with physical cards issues one to an approved cardholder on an approved card design (P1.INT.05); the
  card waits in Not Activated until the cardholder activates it with the number, expiry and security code printed on
  it and chooses a PIN (P1.INT.06); the cardholder can later change the PIN, which starts as the last four digits of
  the card number (P1.INT.11). The harness reads the card's own details from the API in memory to stand in for the
  cardholder holding the card; they never appear in these steps or in the evidence.

  Background:
    Given Jordan is an approved cardholder

  Rule: A physical card is issued Not Activated, and only on an approved card design

    @checklist:P1.INT.05
    Scenario: Jordan is issued a physical card that waits for activation
      When Jordan is issued a physical card
      Then the call succeeds with status 200
      And Jordan's physical card is Not Activated

    @checklist:P1.INT.05 @checklist:P1.ERR.01 @simulator-only
    Scenario: Issuing a physical card on a design awaiting approval is refused as a state conflict
      Given the Program's default card design is still awaiting approval
      When Jordan is issued a physical card
      Then the call is refused with status 409

  Rule: Activation with the card's own details moves it from Not Activated to Active, once and for good

    @checklist:P1.INT.06
    Scenario: Jordan activates the physical card
      Given Jordan has a physical card
      When Jordan's physical card is activated with its own details and a new PIN
      Then the call succeeds with status 200
      And Jordan's physical card is Active

    @checklist:P1.INT.06 @checklist:P1.ERR.01
    Scenario: Activation with a wrong security code is refused as invalid
      Given Jordan has a physical card
      When Jordan's physical card is activated with a wrong security code
      Then the call is refused with status 422
      And the refusal names the field cvv
      And Jordan's physical card is still Not Activated

    @checklist:P1.INT.06 @checklist:P1.ERR.01
    Scenario: Activating a card a second time is refused as a state conflict
      Given Jordan has a physical card
      And Jordan's physical card has been activated
      When Jordan's physical card is activated with its own details and a new PIN
      Then the call is refused with status 409
      And Jordan's physical card is still Active

  Rule: The PIN, first the last four digits of the card number, is changed with the current PIN and four new digits

    @checklist:P1.INT.11
    Scenario: Jordan changes the default PIN of the physical card
      Given Jordan has a physical card
      When the PIN of Jordan's physical card is changed from its default
      Then the call succeeds with status 200
      And the new PIN of Jordan's physical card is accepted as its current PIN

    @checklist:P1.INT.11 @checklist:P1.ERR.01
    Scenario: A PIN of three digits is refused as invalid
      Given Jordan has a physical card
      When the PIN of Jordan's physical card is changed to a three-digit PIN
      Then the call is refused with status 422
      And the refusal names the field newPin

    @checklist:P1.INT.11 @checklist:P1.ERR.01
    Scenario: A PIN change with a wrong current PIN is refused as invalid
      Given Jordan has a physical card
      When the PIN of Jordan's physical card is changed with a wrong current PIN
      Then the call is refused with status 422
      And the refusal names the field oldPin
