@checklist:P1.INT.04
Feature: Issuing a virtual card
  A Program issues a virtual card to an approved cardholder (P1.INT.04). As the sandbox test matrix puts it, the
  issued card comes back with its id and its deposit addresses filled, and is Active at once; its number is shown
  only by its last four digits. Issuing to a cardholder that compliance has not approved is refused.

  Rule: A virtual card is issued only to an approved cardholder, Active at once and with its deposit addresses

    Scenario: Jordan is issued a virtual card that is Active at once, with deposit addresses
      Given Jordan is an approved cardholder
      When Jordan is issued a virtual card
      Then the call succeeds with status 200
      And the card shown has an evm, a bitcoin and a solana deposit address, each in its chain's format
      And Jordan's virtual card is Active
      And the number of Jordan's virtual card is shown masked to its last four digits

    @checklist:P1.ERR.01
    Scenario: A cardholder under compliance review is refused a card as a state conflict
      Given Jordan is under compliance review
      When Jordan is issued a virtual card
      Then the call is refused with status 409
