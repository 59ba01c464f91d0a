@checklist:P1.INT.01 @checklist:P1.ERR.01
Feature: Cardholder details that break a documented rule are refused
  The runbook asks for POST /cardholders with all required fields (P1.INT.01) and for every error response to be
  handled (P1.ERR.01). Each scenario sends a new cardholder whose details are complete and valid except for one
  field, and checks that the target refuses it as invalid (422) and names that field, so the Program can tell the
  cardholder what to correct. The API mixes ISO country code standards between fields: the address country is
  alpha-2, the place of birth alpha-3; both directions are attested.

  Rule: A new cardholder is refused when one field breaks its documented rule, and the refusal names the field

    Scenario Outline: A cardholder whose <field> is <problem> is refused
      When the Program creates a cardholder for Casey whose <field> is <problem>
      Then the call is refused with status 422
      And the refusal names the field <field>

      Examples: Lengths of text fields
        | field     | problem            |
        | firstName | one character long |
        | firstName | 51 characters long |
        | emailAdr  | 51 characters long |

      Examples: Country codes, whose ISO standard differs between fields
        | field        | problem                            |
        | country      | an alpha-3 code instead of alpha-2 |
        | placeOfBirth | an alpha-2 code instead of alpha-3 |

      Examples: Date and enumeration formats
        | field  | problem                |
        | dob    | not in YYYY-MM-DD form |
        | gender | outside 0 to 2         |
