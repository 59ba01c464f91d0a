package com.axys.golive.simulator.domain;

/** {@code cardStatus}: the approval of the issuance request (0-2). The simulator approves every issuance. */
public enum CardStatus {
    PENDING(0),
    APPROVED(1),
    DECLINED(2);

    private final int code;

    CardStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
