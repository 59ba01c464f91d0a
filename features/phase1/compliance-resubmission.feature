@checklist:P1.INT.02
Feature: Compliance re-submission and replacement KYC links
  A cardholder whose compliance review did not end in approval can be submitted again where the sandbox testing guide
  says so, and a cardholder can be given a new KYC link when the first has expired. The runbook's kyc-submit item
  (P1.INT.02) covers the first submission (see cardholder-onboarding.feature); this feature attests the rest of the
  submission rules: after a Compliance Decline (2) a replacement link and a re-submission; after an Error (6) a
  re-submission only once a support ticket has been raised; after an Admin Decline (7) never a re-submission (the
  API would accept one, but the guide's path is a ticket: see escalation.feature, and a hook fails any scenario that
  re-submits a cardholder the run has seen in 7). Also the refusal for cardholders verified through SumSub, and the
  replacement link while under review and after a decline. An Error cannot be asked of staging, which produces it
  only at random, so that scenario runs on the simulator only.

  Rule: A cardholder declined by compliance can be submitted again and then approved

    Scenario: Riley is approved after a re-submission that follows a compliance decline
      Given Riley has been declined by the compliance review
      When Riley is submitted to compliance
      Then a compliance application link is returned
      And Riley's cardholder status is Under Review
      When the compliance review approves Riley
      Then polling Riley's status reaches Approved within the review deadline

  Rule: A cardholder whose review ended in Error is submitted again only after a support ticket, never blindly

    @simulator-only
    Scenario: Avery is submitted again after the review Error was escalated by support ticket
      Given Avery is a new cardholder with all required details
      And Avery's compliance review has ended in Error
      And the Program raises a support ticket about Avery's Error
      When Avery is submitted to compliance
      Then a compliance application link is returned
      And Avery's cardholder status is Under Review
      And the recorded calls show Avery submitted again only after a support ticket about the Error

  Rule: A cardholder verified through SumSub cannot be submitted through kyc-submit

    @simulator-only @checklist:P1.ERR.01
    Scenario: Submitting a SumSub cardholder to compliance is refused as a state conflict
      Given the Program verifies cardholders through SumSub
      And Morgan is a new cardholder to be verified through SumSub
      When Morgan is submitted to compliance
      Then the call is refused with status 409
      And Morgan's cardholder status is Draft

  Rule: A replacement KYC link can be requested while the review is open or after a decline, where it re-submits

    The lifecycle documents 2 -> 3 as the re-submission done by regenerating the KYC link, and the sandbox testing
    guide's path is "force a decline, refresh, force a pass": after a decline the refresh moves the cardholder back
    to Under Review, so the staging validation that follows is accepted.

    Scenario: Jordan gets a replacement KYC link while under review
      Given Jordan is under compliance review
      When a replacement compliance link is requested for Jordan
      Then Jordan gets a new compliance application link
      And Jordan's cardholder status is Under Review

    @checklist:P1.ERR.03
    Scenario: Riley's replacement KYC link after a compliance decline is the re-submission, and a pass approves Riley
      Given Riley has been declined by the compliance review
      When a replacement compliance link is requested for Riley
      Then Riley gets a new compliance application link
      And Riley's cardholder status is Under Review
      When the compliance review approves Riley
      Then polling Riley's status reaches Approved within the review deadline
