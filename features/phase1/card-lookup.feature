@checklist:P1.INT.08
Feature: Looking up cards and their deposit addresses
  A Program reads a card to show its state and its deposit addresses, and lists a cardholder's cards (P1.INT.08).
  The docs say deposit addresses exist from the moment of issuance: a physical card can receive crypto before it is
  activated. A card id the Program does not know is refused as not found.

  Rule: A card read back shows its deposit addresses from issuance, activated or not

    Scenario: Jordan's virtual card is read back with its deposit addresses
      Given Jordan is an approved cardholder
      And Jordan has a virtual card
      When Jordan's virtual card is looked up
      Then the call succeeds with status 200
      And the card shown has an evm, a bitcoin and a solana deposit address, each in its chain's format

    @if:physical
    Scenario: Jordan's physical card shows its deposit addresses before it is activated
      Given Jordan is an approved cardholder
      And Jordan has a physical card
      When Jordan's physical card is looked up
      Then the call succeeds with status 200
      And the card shown has an evm, a bitcoin and a solana deposit address, each in its chain's format
      And Jordan's physical card is still Not Activated

  Rule: The card list filtered by cardholder holds that cardholder's cards and no others

    Scenario: The Program lists Jordan's cards
      Given Jordan is an approved cardholder
      And Jordan has a virtual card
      When the Program lists Jordan's cards
      Then the call succeeds with status 200
      And the list contains Jordan's virtual card, and only cards of Jordan

  Rule: A card id the Program does not know is refused as not found

    @checklist:P1.ERR.01
    Scenario: Looking up a card that does not exist is refused as not found
      When the Program looks up a card that does not exist
      Then the call is refused with status 404
