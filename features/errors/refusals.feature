@checklist:P1.ERR.01
Feature: Refusals the integration must handle
  The runbook requires every API error response to be handled, at minimum 400, 401, 403, 404, 409, 422, 429 and
  5xx. Each scenario provokes one refusal and checks that it comes back with its status and the error envelope;
  the run files every refusal, with its classification and the action to take, in errors.jsonl.

  Rule: Every call needs the Program's API key as well as its certificate

    Scenario: A call without an API key is refused as unauthorised
      When the Program lists its cardholders without an API key
      Then the call is refused with status 401

    Scenario: A call with a wrong API key is refused as unauthorised
      When the Program lists its cardholders with a wrong API key
      Then the call is refused with status 401

  Rule: Unknown records and malformed or invalid requests are refused, not guessed at

    Scenario: Looking up a cardholder that does not exist is refused as not found
      When the Program looks up a cardholder that does not exist
      Then the call is refused with status 404

    Scenario: A request body that is not JSON is refused as malformed
      When the Program sends a new cardholder that is not valid JSON
      Then the call is refused with status 400

    Scenario: A cardholder without a first name is refused as invalid
      When the Program creates a cardholder for Casey without a first name
      Then the call is refused with status 422
