@checklist:P1.INT.09
Feature: Blocking and unblocking a card
  A Program puts a card on hold and reactivates it through its status (P1.INT.09): Active and On Hold are the only
  states the API can move between, so a physical card that is not yet activated cannot be blocked. Each change is
  read back, so the evidence's state ledger shows the card going Active, On Hold and Active again.

  Rule: An Active card can be put On Hold, and an On Hold card made Active again

    Scenario: Jordan's virtual card is blocked
      Given Jordan is an approved cardholder
      And Jordan has a virtual card
      When Jordan's virtual card is blocked
      Then the call succeeds with status 200
      And Jordan's virtual card is On Hold

    Scenario: Jordan's blocked virtual card is unblocked
      Given Jordan is an approved cardholder
      And Jordan has a virtual card
      And Jordan's virtual card has been blocked
      When Jordan's virtual card is unblocked
      Then the call succeeds with status 200
      And Jordan's virtual card is Active

  Rule: A card that is not Active or On Hold cannot be blocked

    @if:physical @checklist:P1.ERR.01
    Scenario: Blocking a physical card that is not yet activated is refused as a state conflict
      Given Jordan is an approved cardholder
      And Jordan has a physical card
      When Jordan's physical card is blocked
      Then the call is refused with status 409
      And Jordan's physical card is still Not Activated
