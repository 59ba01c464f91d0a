@checklist:P1.ERR.06
Feature: Escalation to Axys support by ticket
  Some situations can only be resolved by Axys support: an administrator's decline, closing a card, moving funds off a
  card. The runbook asks for the support ticket endpoint to be implemented for these escalation paths (P1.ERR.06),
  for an admin decline (status 7) to be escalated by ticket with no automatic retry (P1.ERR.04), an Error (6) to be
  escalated by ticket before anything is submitted again (the sandbox guide), and for a compliance
  decline (status 2) to lead to a replacement KYC link or a ticket (P1.ERR.03; the replacement link is attested in
  compliance-resubmission.feature). The docs name no endpoint or fields for tickets: POST /support/tickets with a
  subject, a description, a priority from 1 (most urgent) to 4 and the cardholder it concerns is our assumption, and
  the drift report says whether staging agrees. Tickets the harness raises say in their subject that they are test
  traffic. That nothing was re-submitted, and that the ticket followed the decline, is read from the whole run's
  recorded calls, not one scenario's: a cardholder seen in 7 anywhere in the run and submitted again anywhere fails
  the scenario that submitted it. Staging produces admin declines and errors only at random, so those scenarios run
  on the simulator only.

  Rule: A blocking issue is raised as a support ticket, and Axys answers with a ticket number

    @raises-ticket
    Scenario: A blocking issue is raised with the highest priority
      When the Program raises a priority 1 support ticket about a blocking issue
      Then the support ticket is accepted with a ticket number

    @checklist:P1.ERR.01
    Scenario: A support ticket without a subject is refused as invalid
      When the Program raises a support ticket without a subject
      Then the call is refused with status 422
      And the refusal names the field subject

  Rule: An admin decline is escalated by support ticket and never re-submitted automatically

    @checklist:P1.ERR.04 @simulator-only
    Scenario: Avery's admin decline is escalated by ticket and Avery is not submitted again
      Given Avery is a new cardholder with all required details
      And Avery's compliance review has ended in Admin Decline
      When the Program raises a support ticket about Avery's Admin Decline
      Then the support ticket is accepted with a ticket number
      And the recorded calls show the ticket about Avery raised after the Admin Decline was seen
      And the recorded calls show no new compliance submission of Avery after the Admin Decline
      And the run's recorded calls show no cardholder submitted again after an Admin Decline, nor after an Error without a ticket
      And Avery's cardholder status is Admin Decline

  Rule: A review Error is escalated by support ticket before any re-submission

    @simulator-only
    Scenario: Avery's review Error is escalated by ticket and Avery is not submitted again blindly
      Given Avery is a new cardholder with all required details
      And Avery's compliance review has ended in Error
      When the Program raises a support ticket about Avery's Error
      Then the support ticket is accepted with a ticket number
      And the recorded calls show the ticket about Avery raised after the Error was seen
      And the recorded calls show no new compliance submission of Avery after the Error
      And Avery's cardholder status is Error

  Rule: A compliance decline may be escalated by support ticket instead of a replacement KYC link

    @checklist:P1.ERR.03 @raises-ticket
    Scenario: Riley's compliance decline is escalated by ticket
      Given Riley has been declined by the compliance review
      When the Program raises a support ticket about Riley's Compliance Decline
      Then the support ticket is accepted with a ticket number
      And the recorded calls show the ticket about Riley raised after the Compliance Decline was seen
      And the recorded calls show no new compliance submission of Riley after the Compliance Decline
