/**
 * The simulated Axys Program as plain Java: cardholders and their KYC review, cards, card accounts, card spend and
 * fees, wallets and their movements, 3-D Secure OTPs, support tickets, bank account registrations, generated card
 * data, an in-memory store and the virtual clock, answering with domain results (a value or a typed error).
 * No WireMock, HTTP or JSON types belong here (a test scans the imports); the {@code simulator.wiremock} adapter
 * translates.
 */
package com.axys.golive.simulator.domain;
