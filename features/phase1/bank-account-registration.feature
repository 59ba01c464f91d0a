@if:bank @checklist:P1.INT.12
Feature: Registering a cardholder's sending bank account
  An approved cardholder who has a card can register the bank account their transfers will come from, so that
  Axys can match incoming transfers to them (P1.INT.12). Axys answers with a deposit id and "pending": the
  registration is confirmed only when the cardholder replies to an SMS Axys sends from a short code. That reply is
  not an API call (on purpose: staff must not be able to bind bank accounts programmatically), so it is outside
  automation: the harness attests the registration call and its pending answer, and the confirmation is signed off
  by hand in the coverage matrix. The account numbers sent are test values; the evidence redacts them by field name.

  Rule: A registration stays pending until the cardholder confirms it by SMS

    Scenario: Jordan registers a sending bank account, pending confirmation
      Given Jordan is an approved cardholder
      And Jordan has a virtual card
      When Jordan registers a sending bank account
      Then the call succeeds with status 200
      And the registration is pending the cardholder's confirmation

  Rule: The account details must fit their documented lengths

    @checklist:P1.ERR.01
    Scenario: An account number shorter than seven characters is refused as invalid
      Given Jordan is an approved cardholder
      And Jordan has a virtual card
      When Jordan registers a sending bank account whose account number is one character too short
      Then the call is refused with status 422
      And the refusal names the field senderAccountNumber

  Rule: An account can be registered only once the cardholder has a card

    @checklist:P1.ERR.01
    Scenario: Registering before any card is issued is refused as a state conflict
      Given Jordan is an approved cardholder
      When Jordan registers a sending bank account
      Then the call is refused with status 409
