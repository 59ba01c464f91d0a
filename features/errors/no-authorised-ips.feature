@checklist:P1.ERR.01 @checklist:P1.ERR.02 @simulator-only
Feature: The two-cause 403 is told apart in the error log
  Axys answers 403 "No Authorised IPs configured" for two different reasons: the calling IP is not on the
  Program's allowlist, or the forward-confirmed reverse DNS (FCrDNS) check failed. The answer is the same for
  both, so the runbook asks integrations to tell them apart in their error logs. The harness files such a refusal
  with its classification and the checks for each cause (Account Management allowlist; dig on the certificate's
  domains and on the calling IP). The refusal is injected into the embedded simulator.

  Rule: A 403 "No Authorised IPs configured" is filed with both possible causes and what to check for each

    Scenario: The cardholder list is refused by the IP checks
      Given Axys refuses the next 1 cardholder list request as coming from an unauthorised IP
      When the Program lists its cardholders
      Then the call is refused with status 403
      And the error log files it as the allowlist-or-FCrDNS refusal with the checks for both causes
