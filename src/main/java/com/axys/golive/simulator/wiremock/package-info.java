/**
 * The thin HTTP adapter between WireMock and the simulated Axys domain: it authenticates {@code X-API-Key}, routes
 * method and path to a domain operation, renders the domain result as the JSON envelopes of docs/api-decisions.md and
 * applies the control surface's overrides and injected failures. No Axys rule (states, limits, formats) lives here.
 */
package com.axys.golive.simulator.wiremock;
