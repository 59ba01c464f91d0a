@checklist:P1.INT.10
Feature: Updating a card's alias and transaction limit
  A Program renames a card and changes its transaction limit (P1.INT.10). Limits cascade: a card's limit may not be
  above its cardholder's, which may not be above the Program's ceiling; a card limit above the cardholder's is
  refused as invalid and leaves the card as it was.

  Background:
    Given Jordan is an approved cardholder
    And Jordan has a virtual card

  Rule: A card's alias and limit can be changed, the limit up to the cardholder's own

    Scenario: Jordan's virtual card gets a new alias and a lower limit
      When Jordan's virtual card is given a new alias and a lower limit
      Then the call succeeds with status 200
      And Jordan's virtual card shows its new alias and limit

    @checklist:P1.ERR.01
    Scenario: A card limit above the cardholder's limit is refused as invalid
      When the limit of Jordan's virtual card is set above Jordan's own limit
      Then the call is refused with status 422
      And the refusal names the field transactionLimit
      And Jordan's virtual card keeps its limit
