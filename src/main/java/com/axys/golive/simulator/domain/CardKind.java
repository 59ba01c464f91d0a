package com.axys.golive.simulator.domain;

/** Virtual or physical: the card's {@code type} on the wire. */
public enum CardKind {
    VIRTUAL("virtual"),
    PHYSICAL("physical");

    private final String wireName;

    CardKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
