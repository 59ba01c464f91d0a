@checklist:P1.INT.01 @checklist:P1.INT.02 @checklist:P1.INT.03
Feature: Cardholder onboarding and compliance approval
  A Program creates a cardholder with every required field, submits them to compliance (KYC), and polls the
  cardholder until the review outcome shows. The runbook asks for all three: creation with all required fields,
  compliance submission with a staging approval received, and a polling loop on GET /cardholders/{id}.
  The polling loop uses a documented backoff schedule (2 s, 5 s, 10 s, 30 s, 60 s, 120 s, then every 5 minutes)
  with an overall deadline; every poll is a call in the evidence.

  Rule: A new cardholder starts as Draft and is Approved only through the compliance review

    Scenario: Jordan is created, submitted to compliance and approved
      Given Jordan is a new cardholder with all required details
      Then Jordan's cardholder status is Draft
      When Jordan is submitted to compliance
      Then a compliance application link is returned
      And Jordan's cardholder status is Under Review
      When the compliance review approves Jordan
      Then polling Jordan's status reaches Approved within the review deadline

  Rule: A declined review leaves the cardholder in Compliance Decline

    @checklist:P1.ERR.03
    Scenario: Riley is declined by the compliance review
      Given Riley is a new cardholder with all required details
      When Riley is submitted to compliance
      And the compliance review declines Riley
      Then polling Riley's status reaches Compliance Decline within the review deadline
