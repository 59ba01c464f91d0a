@if:3ds @checklist:P1.INT.17
Feature: 3-D Secure one-time passwords
  A Program with 3-D Secure switched on subscribes each card to its one-time passwords (OTPs) and keeps the token it
  gets back; when a purchase is challenged, Axys only tells the Program's webhook which card it is ({cardId}), and the
  Program reads the OTP itself with the token. The runbook asks for the listener and the read to be tested when the
  Program has 3-D Secure (P1.INT.17). The token and the code are secrets: the harness checks them in memory only,
  and the evidence shows the redaction marker where the code was and a fingerprint where the token was. The
  challenge is made through a staging simulation endpoint whose path the docs do not give (inferred), and an OTP's
  lifetime is not documented: the scenario that waits for an expiry runs on the simulator only.

  Rule: A card's listener gives the Program a token to read the card's OTPs with

    Scenario: An OTP listener is set up for Jordan's virtual card
      Given Jordan is an approved cardholder
      And Jordan has a virtual card
      When an OTP listener is set up for Jordan's virtual card
      Then the call succeeds with status 200
      And a listener token is returned, kept in memory only, and the listener does not expire

  Rule: The OTP is read with the token, and is there only after a 3-D Secure challenge

    Scenario: Before any challenge the OTP is waiting
      Given Jordan is an approved cardholder
      And Jordan has a virtual card
      And an OTP listener has been set up for Jordan's virtual card
      When the OTP for Jordan's virtual card is read
      Then the OTP is waiting, with no code yet

    Scenario: After a challenge the OTP is received, and the evidence never shows it
      Given Jordan is an approved cardholder
      And Jordan has a virtual card
      And an OTP listener has been set up for Jordan's virtual card
      And a purchase on Jordan's virtual card has been challenged by 3-D Secure
      When the OTP for Jordan's virtual card is read
      Then the OTP is received: six digits, valid until a time still to come
      And the evidence shows the OTP only as the redaction marker

  Rule: A challenge calls the Program's webhook with the card only, and the Program reads the code with its token

    @simulator-only
    Scenario: The webhook names Jordan's virtual card, and the OTP is read with the listener's token
      Given Jordan is an approved cardholder
      And Jordan has a virtual card
      And an OTP listener with a webhook to the Program's receiver has been set up for Jordan's virtual card
      And a purchase on Jordan's virtual card has been challenged by 3-D Secure
      Then the Program's receiver is called with Jordan's virtual card's id only, never the code
      When the OTP for Jordan's virtual card is read
      Then the OTP is received: six digits, valid until a time still to come

  Rule: An OTP can no longer be used once its validity has run out

    @simulator-only
    Scenario: An OTP read after its validity has run out reads as expired
      Given Jordan is an approved cardholder
      And Jordan has a virtual card
      And an OTP listener has been set up for Jordan's virtual card
      And a purchase on Jordan's virtual card has been challenged by 3-D Secure
      And the OTP's validity has run out
      When the OTP for Jordan's virtual card is read
      Then the OTP reads as expired, with no code

  Rule: Only an Active card can have an OTP listener

    @checklist:P1.ERR.01
    Scenario: A listener for a blocked card is refused as a state conflict
      Given Jordan is an approved cardholder
      And Jordan has a virtual card
      And Jordan's virtual card has been blocked
      When an OTP listener is set up for Jordan's virtual card
      Then the call is refused with status 409
