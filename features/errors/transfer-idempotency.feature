@if:wallets @checklist:P1.ERR.05
Feature: Wallet transfers are never repeated blindly
  POST /wallets/transfer is not idempotent and Axys documents no idempotency key, so the runbook asks for a guard
  against blind retries (P1.ERR.05). The harness's guard sends a transfer once, with a unique reference in its
  description. When the outcome is ambiguous (a 5xx, a timeout, a reset connection) it reconciles: it searches the
  wallet's movements for that reference at once and on through a settle window (client.transferSettleSeconds,
  30 s by default), since a made transfer may be listed late. It sends the transfer again, once, only if the window
  passes with no record in a list that echoes references; when the list cannot show the reference it stops as
  UNRESOLVED and names what a person must check. Its decision is logged in the run's log.jsonl; the calls that led
  to it are in calls.jsonl and errors.jsonl. Each scenario counts the debits on the wallet itself.

  Every scenario needs the simulator to lose, delay or strip an answer on purpose, so they run on the simulator
  only. A timeout on the POST is proven by the client's own tests (TransferGuardTest), since it takes the client's
  read timeout in real time.

  Background:
    Given Jordan is an approved cardholder
    And Jordan has a virtual card
    And the Program has a funded wallet

  Rule: A transfer whose answer is lost is reconciled, not repeated

    @simulator-only
    Scenario Outline: A transfer whose answer is lost as <loss> after it was made is found and not sent again
      Given Axys will make the next transfer but lose its answer as <loss>
      When the Program transfers money from its wallet to Jordan's virtual card
      Then the guard finds the transfer already made and does not send it again
      And the wallet's movements list the transfer to Jordan's virtual card exactly once
      And the wallet is debited exactly once
      And the balance of Jordan's virtual card rose by the amount transferred

      Examples: Ways an answer is lost
        | loss               |
        | a server error     |
        | a reset connection |

    @simulator-only
    Scenario: A transfer listed only some seconds after it was made is found within the settle window
      Given Axys lists new transfers only 20 seconds after making them
      And Axys will make the next transfer but lose its answer as a server error
      When the Program transfers money from its wallet to Jordan's virtual card
      Then the guard finds the transfer already made and does not send it again
      And the wallet is debited exactly once
      And the balance of Jordan's virtual card rose by the amount transferred

  Rule: A transfer that the movements cannot show by its reference is never sent again; a person is asked to check

    @simulator-only
    Scenario: A lost answer on a movement list that does not echo descriptions is left unresolved for a person
      Given Axys lists wallet movements without their description
      And Axys will make the next transfer but lose its answer as a server error
      When the Program transfers money from its wallet to Jordan's virtual card
      Then the guard stops without sending the transfer again and names what a person must check
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
