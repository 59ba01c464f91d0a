/**
 * The state ledger: every entity state seen in a response (cardholder status, card status fields, balances,
 * transaction status) is compared with the last one seen, and each change becomes a transition record checked
 * against the documented state machine. It reads raw responses but writes only ids, field names and states.
 */
package com.axys.golive.ledger;
