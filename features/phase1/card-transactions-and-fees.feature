@checklist:P1.INT.16
Feature: Card transactions and fees: pagination and correlation
  A Program reconciles card spend from two lists (P1.INT.16): GET /cards/transactions holds the spend events and
  GET /cards/fees the fees, each fee carrying its transaction's authRefNum. Both lists are read page by page: the
  total counts every match on every page, so a Program that pages until the total is reached sees each record once.
  Filters combine with AND. The run's reconciliation.json correlates every fee it read to a transaction the same way,
  and checks that the card's available balance, read before and after the purchases, fell by them and their fees.

  Purchases are made through the staging spend simulation (its path is inferred), so these scenarios run on the
  simulator and on staging, never on production, where /staging/* does not exist.

  Background:
    Given Jordan is an approved cardholder
    And Jordan has a virtual card
    And Jordan's virtual card has been funded

  Rule: Paging through a card's transactions shows each one once, under a total that holds on every page

    Scenario: Jordan's transactions are read two at a time
      Given Jordan's virtual card has made 5 purchases
      When the Program pages through the transactions of Jordan's virtual card 2 at a time
      Then each purchase of Jordan's virtual card is seen exactly once
      And every page reports the same total, the number of purchases
      And a page beyond the total is empty

  Rule: Filters narrow the list, and combine with AND

    Scenario: Listing by card shows that card's transactions and no other card's
      Given Jordan's virtual card has made 2 purchases
      And Casey is an approved cardholder
      And Casey has a virtual card
      And Casey's virtual card has been funded
      And Casey's virtual card has made 1 purchase
      When the Program lists the transactions of Jordan's virtual card
      Then exactly the purchases of Jordan's virtual card are listed

    Scenario: Listing by card and status separates cleared purchases from pending ones
      Given Jordan's virtual card has made 2 purchases
      And the purchases of Jordan's virtual card so far have cleared
      And Jordan's virtual card has made 1 more purchase
      When the Program lists the Cleared transactions of Jordan's virtual card
      Then exactly the Cleared purchases of Jordan's virtual card are listed
      When the Program lists the Pending transactions of Jordan's virtual card
      Then exactly the Pending purchases of Jordan's virtual card are listed

  Rule: Every fee carries the authRefNum of the transaction it was charged on

    Scenario: A foreign purchase's fee correlates to its transaction
      Given Jordan's virtual card has made a foreign purchase and a domestic one
      When the Program pages through the fees of Jordan's virtual card 2 at a time
      Then every fee's authRefNum matches a transaction of Jordan's virtual card
      And the foreign purchase has a fee and the domestic one has none

  Rule: A purchase and its fees come off the card's available balance once authorised

    Scenario: Jordan's available balance falls by a foreign purchase, its fee and a domestic purchase
      Given the balance of Jordan's virtual card has been read
      And Jordan's virtual card has made a foreign purchase and a domestic one
      When the balance of Jordan's virtual card is read
      Then the available balance of Jordan's virtual card fell by its purchases and their fees
