package com.axys.golive.cli;

import com.axys.golive.simulator.wiremock.ChaosPlan;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --chaos SEED[:RATE]}: an integer seed and an optional rate in (0, 0.5], default 0.1. */
final class ChaosOption implements ITypeConverter<ChaosPlan> {

    static final String DESCRIPTION = "Seeded chaos: about RATE of the API requests (default 0.1, at most 0.5) get"
            + " a fault: 429 with Retry-After, 500, 502, 503, 504, a connection reset before the request is read,"
            + " the answer lost after the change was applied, or held past the client's read timeout; and half the"
            + " faults of a staging KYC validation end that review in Admin Decline (7) or Error (6), as Axys"
            + " staging's emulation engine does at random. Same SEED, same run, same faults. E.g. 1 or 1:0.2.";

    @Override
    public ChaosPlan convert(String value) {
        try {
            return ChaosPlan.parse(value);
        } catch (IllegalArgumentException bad) {
            throw new TypeConversionException(bad.getMessage());
        }
    }
}
