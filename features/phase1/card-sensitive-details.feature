@checklist:P1.SEC.03
Feature: Sensitive card details stay out of the evidence
  A Program can read a card's full number, security code and expiry to show them to the cardholder (P1.SEC.03).
  They must be correct, and they must never be stored: the harness checks them in memory only, and then reads every
  evidence file of the run so far to prove that neither the card number nor the security code was written, and that
  the redaction marker stands in their place.

  Rule: Full card details are returned to the Program and never written to the evidence

    Scenario: Jordan's card details are complete and absent from the evidence
      Given Jordan is an approved cardholder
      And Jordan has a virtual card
      When the sensitive details of Jordan's virtual card are read
      Then the call succeeds with status 200
      And the details hold a valid full card number ending in the last four digits Jordan's virtual card shows
      And the details hold a security code and an expiry date that has not passed
      And the evidence written so far contains neither the card number nor the security code
