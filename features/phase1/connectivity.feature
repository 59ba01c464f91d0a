@checklist:P2.NET.06 @checklist:P3.01
Feature: Authenticated connectivity
  The Program reaches Axys with both factors on every call: its mTLS client certificate (checked during the TLS
  handshake) and its Program-level X-API-Key. This is the runbook's auth test (Phase 2 network security, last item;
  Phase 3 test 1): with the right certificate, key and allowlisted IP, GET /cardholders returns 200.

  Rule: A call with the Program's certificate and API key is answered with the list envelope

    @production-safe
    Scenario: The Program lists its cardholders
      When the Program lists its cardholders
      Then the call succeeds with status 200
      And the answer is a list envelope with limit 50 and offset 0
