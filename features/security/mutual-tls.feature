@security
Feature: Mutual TLS is enforced before anything else
  Axys checks the client certificate during the TLS handshake, before the API key is looked at: a client without
  a certificate, or with one from an authority Axys does not trust, gets no HTTP answer at all. These scenarios
  prove the target refuses such clients, and file each refusal in errors.jsonl (there is no HTTP call to record).

  Rule: No certificate signed by the trusted authority, no connection

    Scenario: A client without a certificate is refused at the handshake
      When a client without a certificate lists the cardholders
      Then the connection is refused during the TLS handshake

    Scenario: A client with a certificate from another authority is refused at the handshake
      When a client with a certificate from another authority lists the cardholders
      Then the connection is refused during the TLS handshake
