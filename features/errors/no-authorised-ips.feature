@checklist:P1.ERR.01 @checklist:P1.ERR.02 @simulator-only
Feature: The two-cause 403 is told apart in the error log
  Axys answers 403 "No Authorised IPs configured" for two different reasons: the calling IP is not on the
  Program's allowlist, or the forward-confirmed reverse DNS (FCrDNS) check failed. The answer is the same for
  both, so the runbook asks integrations to tell them apart in their error logs. On such a refusal the harness
  asks DNS, once per run, for the PTR of each calling IP and the A records of the client certificate's domains,
  and files the cause it proves with those facts. The refusal is injected into the embedded simulator, whose DNS
  zone for the calling host is served on 127.0.0.1 to match each cause.

  Rule: A 403 "No Authorised IPs configured" is filed with the cause DNS proves, or as undetermined when DNS cannot tell

    Scenario: Unauthorised IP whose FCrDNS passes: the refusal is filed as ip-not-allowlisted
      Given Axys refuses the next 1 cardholder list request as coming from an unauthorised IP, because ip-not-allowlisted
      When the Program lists its cardholders
      Then the call is refused with status 403
      And the error log files the refusal with cause ip-not-allowlisted, the calling IP and the certificate domain's DNS

    Scenario: Unauthorised IP whose PTR names a foreign host: the refusal is filed as fcrdns-failed
      Given Axys refuses the next 1 cardholder list request as coming from an unauthorised IP, because fcrdns-failed
      When the Program lists its cardholders
      Then the call is refused with status 403
      And the error log files the refusal with cause fcrdns-failed, the calling IP and the certificate domain's DNS

    Scenario: Unauthorised IP while DNS cannot answer: the refusal is filed as undetermined
      Given Axys refuses the next 1 cardholder list request as coming from an unauthorised IP, because undetermined
      When the Program lists its cardholders
      Then the call is refused with status 403
      And the error log files the refusal with cause undetermined, the calling IP and the certificate domain's DNS
