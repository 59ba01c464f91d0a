@if:wallets @checklist:P1.ERR.05
Feature: Wallet transfers are never repeated blindly
  POST /wallets/transfer is not idempotent and Axys documents no idempotency key, so the runbook asks for a guard
  against blind retries (P1.ERR.05). The harness's guard sends a transfer once, with a unique reference in its
  description. When the outcome is ambiguous (a 5xx, a timeout, a reset connection) it first reconciles, searching the
  wallet's movements for that reference, and sends the transfer again only if no record exists, and only once. Its
  decision is logged in the run's log.jsonl; the calls that led to it are in calls.jsonl and errors.jsonl.

  Both scenarios need the simulator to lose or refuse an answer on purpose, so they run on the simulator only.

  Background:
    Given Jordan is an approved cardholder
    And Jordan has a virtual card
    And the Program has a funded wallet

  Rule: A transfer whose answer is lost is reconciled, not repeated

    @simulator-only
    Scenario: A transfer whose answer is lost after it was made is found and not sent again
      Given Axys will make the next transfer but lose its answer
      When the Program transfers money from its wallet to Jordan's virtual card
      Then the guard finds the transfer already made and does not send it again
      And the wallet's movements list the transfer to Jordan's virtual card exactly once
      And the wallet is debited exactly once
      And the balance of Jordan's virtual card rose by the amount transferred

  Rule: A transfer refused before it was made is sent once more, and only once

    @simulator-only
    Scenario: A transfer the gateway refused is sent once more after reconciliation finds no record
      Given Axys will refuse the next transfer before making it
      When the Program transfers money from its wallet to Jordan's virtual card
      Then the guard finds no record of the transfer and sends it once more
      And the wallet's movements list the transfer to Jordan's virtual card exactly once
      And the wallet is debited exactly once
      And the balance of Jordan's virtual card rose by the amount transferred
