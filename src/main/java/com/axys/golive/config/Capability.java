package com.axys.golive.config;

import com.axys.golive.HarnessException;
import com.axys.golive.HarnessException.Category;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The optional parts of a Program (the runbook's "if applicable"). A scenario tagged {@code @if:<tag>} runs only when
 * the Program has the capability; otherwise it is reported as not applicable.
 */
public enum Capability {
    PHYSICAL("physical", "physical cards"),
    THREE_DS("3ds", "3-D Secure OTP"),
    BANK("bank", "bank funding"),
    WALLETS("wallets", "program wallets");

    private final String tag;
    private final String description;

    Capability(String tag, String description) {
        this.tag = tag;
        this.description = description;
    }

    public String tag() {
        return tag;
    }

    public String description() {
        return description;
    }

    public static Capability parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.tag.equals(wanted)).findFirst()
                .orElseThrow(() -> new HarnessException(Category.USAGE, "unknown program feature '" + text
                        + "'; known: " + Arrays.stream(values()).map(Capability::tag)
                        .collect(Collectors.joining(", "))));
    }
}
