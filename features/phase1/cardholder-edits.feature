@checklist:P1.INT.01
Feature: Editing a cardholder's details, and the limited update after approval
  Compliance locks a cardholder's personal details while the review is open and once it approved them: the
  documented edit (PUT /cardholders/{id}) works only in Draft, Compliance Decline, Error and Admin Decline, and the
  sandbox guide says a locked edit is refused with 409. After approval only the transaction limit and contact details
  change, through the limited update (PUT /cardholders/{id}/update). The runbook lists the cardholder record under
  P1.INT.01; the refusals are error handling (P1.ERR.01).

  Rule: Personal details can be edited in Draft, Compliance Decline, Error and Admin Decline

    Scenario: Jordan's address is edited while Jordan is a Draft
      Given Jordan is a new cardholder with all required details
      When Jordan's address is changed
      Then the call succeeds with status 200
      And Jordan's cardholder record shows the new address

    Scenario: Riley's address is edited after a compliance decline
      Given Riley has been declined by the compliance review
      When Riley's address is changed
      Then the call succeeds with status 200
      And Riley's cardholder record shows the new address

    @simulator-only
    Scenario Outline: Avery's address is edited after the review ended in <outcome>
      Given Avery is a new cardholder with all required details
      And Avery's compliance review has ended in <outcome>
      When Avery's address is changed
      Then the call succeeds with status 200
      And Avery's cardholder record shows the new address

      Examples: Review outcomes the emulation engine produces on its own
        | outcome       |
        | Error         |
        | Admin Decline |

  Rule: Personal details are locked while under review and after approval

    @checklist:P1.ERR.01
    Scenario: Editing a cardholder under review is refused as a state conflict
      Given Jordan is under compliance review
      When Jordan's address is changed
      Then the call is refused with status 409
      And Jordan's cardholder record still shows the original address

    @checklist:P1.ERR.01
    Scenario: Editing an approved cardholder is refused as a state conflict
      Given Jordan is an approved cardholder
      When Jordan's address is changed
      Then the call is refused with status 409
      And Jordan's cardholder record still shows the original address

  Rule: After approval the transaction limit and contact details change through the limited update

    Scenario: Approved Jordan's transaction limit and e-mail address are updated
      Given Jordan is an approved cardholder
      When Jordan's transaction limit and e-mail address are updated
      Then the call succeeds with status 200
      And Jordan's cardholder record shows the new limit and e-mail address
