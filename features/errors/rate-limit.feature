@checklist:P1.ERR.01 @provokes-rate-limit
Feature: A rate limit provoked on purpose on a real target, and handled
  Axys answers 429 when a Program calls too fast, but publishes no numbers. On staging the harness can provoke one
  on purpose, only when asked (golive run --provoke-rate-limit): one short burst of at most 60 reads of one record,
  without the harness's usual pacing, for at most 15 seconds, stopped at the first 429. The client then waits what
  Retry-After asks and reads again. It never runs on production; on the embedded simulator the 429 is injected
  instead (transient-failures.feature). A target that answers the whole burst leaves this scenario skipped.

  Scenario: A short burst of reads meets the rate limit, and the read is repeated after the wait it asks for
    When the Program reads its cardholder list in a burst of at most 60 calls, stopping at the first rate limit
    Then the target refused a read with 429 and the client read it again after the wait it asked for
