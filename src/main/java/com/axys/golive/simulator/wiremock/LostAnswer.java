package com.axys.golive.simulator.wiremock;

/**
 * How the answer to a call that Axys did carry out gets lost on its way back: the ambiguous outcomes a client must
 * reconcile before it may retry a POST.
 */
public enum LostAnswer {
    /** The operation was applied, then the gateway answered 500 with the error envelope. */
    SERVER_ERROR,
    /** The operation was applied, then the connection was reset with no HTTP answer at all. */
    CONNECTION_RESET
}
