@checklist:P1.ERR.01 @simulator-only
Feature: Transient failures are retried only where that is safe
  The runbook requires every API error response to be handled, at minimum 400, 401, 403, 404, 409, 422, 429 and
  5xx. A read is repeated after a rate limit (waiting what Retry-After asks) or a server error (with backoff of
  0.5 s, 1 s and 2 s, at most three times); a creation or a change is never repeated blindly, because it may have
  taken effect. The faults are injected into the embedded simulator: staging produces them only by chance.

  Rule: A rate-limited read is repeated after the wait the target asks for

    Scenario: The cardholder list is read again after a rate limit
      Given Axys rate-limits the next 1 cardholder list request
      When the Program lists its cardholders
      Then the call succeeds with status 200
      And the read was retried 1 time after waiting 1 second each time

  Rule: A read that meets a server error is repeated with backoff, at most three times

    Scenario: A cardholder lookup survives two server errors
      Given Jordan is a new cardholder with all required details
      And Axys fails the next 2 cardholder lookups with status 503
      Then Jordan's cardholder status is Draft
      And the read was retried 2 times

    Scenario: A read that keeps failing gives up after three retries
      Given Axys fails the next 5 cardholder list requests with status 503
      When the Program lists its cardholders
      Then the call is refused with status 503
      And the read was retried 3 times

  Rule: A gateway blip on a read is retried and filed as a handled error, never as a contract violation

    @gateway-blip
    Scenario: A cardholder list answered 502 by a gateway is read again
      Given Axys fails the next 1 cardholder list request with status 502
      When the Program lists its cardholders
      Then the call succeeds with status 200
      And the read was retried 1 time

    @gateway-blip
    Scenario: A cardholder list whose connection is reset is read again
      Given Axys resets the connection of the next cardholder list request
      When the Program lists its cardholders
      Then the call succeeds with status 200
      And the read was retried 1 time

  Rule: A creation that meets a server error is not repeated blindly

    Scenario: A cardholder creation answered with a server error is not sent again
      Given Axys fails the next 1 cardholder creation with status 500
      When the Program submits a new cardholder for Casey
      Then the call is refused with status 500
      And nothing was sent again
