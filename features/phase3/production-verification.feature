@verify-production
Feature: Production verification, Phase 3 tests 2 to 8
  Before live cardholders are directed to the Program, the runbook's Phase 3 runs in production: P3.02 to P3.06
  and P3.08 here; test 1 is the connectivity feature's scenario and test 7 is done by a person. The scenarios run in
  order and share the one test cardholder test 2 creates (last name Golive-Verification), so production holds one
  test cardholder and card per run; a test whose earlier test did not pass is skipped. In test 4 a person completes
  the identity check with a real identity document (staging approvals don't transfer) and the harness shows only the
  link's host; on the embedded simulator, the simulator is told to approve.

  Rule: One test cardholder, identifiable as internal test data, is created and its id kept for cleanup

    @production-safe @checklist:P3.02
    Scenario: Test 2, the test cardholder is created
      When Vera is created as this run's test cardholder, identified as internal test data
      Then the call succeeds with status 200
      And Vera's cardholderId is returned and kept for cleanup
      And Vera's cardholder status is Draft

  Rule: Submitting the test cardholder to compliance returns an application link and puts them Under Review

    @production-safe @checklist:P3.03
    Scenario: Test 3, the test cardholder is submitted to compliance
      Given Vera is the test cardholder created in test 2
      When Vera is submitted to compliance
      Then a compliance application link is returned, of which only the host is kept
      And Vera's cardholder status is Under Review

  Rule: The compliance review approves the test cardholder; in production, on a real identity document

    @production-safe @checklist:P3.04
    Scenario: Test 4, the compliance review approves the test cardholder
      Given Vera is the test cardholder submitted to compliance in test 3
      When the compliance review of Vera completes
      Then Vera's cardholder status is Approved

  Rule: The approved test cardholder is issued a virtual card, with its deposit addresses

    @production-safe @checklist:P3.05
    Scenario: Test 5, a virtual card is issued to the test cardholder
      Given Vera is the test cardholder approved in test 4
      When Vera is issued a virtual card
      Then the call succeeds with status 200
      And the card shown has a cardId and deposit addresses

  Rule: The card's full number and security code are returned, checked in memory only, and never written

    @production-safe @checklist:P3.06
    Scenario: Test 6, the test card's full details are returned
      Given Vera holds the virtual card issued in test 5
      When the sensitive details of Vera's virtual card are read
      Then the call succeeds with status 200
      And the details hold a valid full card number ending in the last four digits Vera's virtual card shows
      And the details hold a security code and an expiry date that has not passed
      And the evidence written so far contains neither the card number nor the security code

  Rule: The card's transactions are listed through the cardId filter, in the list envelope

    @production-safe @checklist:P3.08
    Scenario: Test 8, the test card's transactions are listed
      Given Vera holds the virtual card issued in test 5
      When the transactions of Vera's virtual card are listed
      Then the call succeeds with status 200
      And the answer is a list envelope with limit 50 and offset 0
      And every transaction listed belongs to Vera's virtual card
