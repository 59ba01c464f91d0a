package com.axys.golive.simulator.domain;

/** Why a domain operation refused: the adapter maps each kind to one HTTP status and machine code. */
public enum ErrorKind {
    /** The request cannot be read at all (not JSON, a path id that is not an integer). */
    MALFORMED_REQUEST,
    /** No entity with that id. */
    NOT_FOUND,
    /** The entity's state forbids the operation (a locked edit, a card that is not "Not Activated", ...). */
    INVALID_STATE,
    /** One or more fields break a rule; the field errors say which and why. */
    VALIDATION_FAILED
}
