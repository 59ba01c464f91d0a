package com.axys.golive.proxy;

import com.axys.golive.HarnessException;
import com.axys.golive.HarnessException.Category;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which backend requests meet which fault: {@code --inject 429:5%,503:2%,timeout:1%,reset-after-send:1%} with
 * {@code --seed N}. The decision for request number n depends on the seed and n alone, so the same seed and the same
 * order of requests inject the same faults.
 *
 * @param rates each fault's share of requests, in the order given; together at most 1
 */
public record FaultPlan(long seed, Map<FaultKind, Double> rates) {

    public static final FaultPlan NONE = new FaultPlan(0, Map.of());

    public FaultPlan {
        rates = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rates));
        double total = rates.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total > 1.0 + 1e-9) {
            throw new HarnessException(Category.USAGE, "--inject rates add up to " + Math.round(total * 100)
                    + "%, more than every request; lower them so that they sum to at most 100%");
        }
    }

    /** Reads {@code KIND:RATE[,KIND:RATE...]}; RATE is a percentage ({@code 5%}) or a fraction ({@code 0.05}). */
    public static FaultPlan parse(String spec, long seed) {
        if (spec == null || spec.isBlank()) {
            return new FaultPlan(seed, Map.of());
        }
        Map<FaultKind, Double> rates = new LinkedHashMap<>();
        for (String part : spec.split(",", -1)) {
            if (part.isBlank()) {
                throw usage("'" + spec.strip() + "' has an empty entry");
            }
            String[] kv = part.split(":", 2);
            FaultKind kind = FaultKind.byLabel(kv[0]).orElseThrow(() -> usage("'" + kv[0].strip()
                    + "' is not a fault golive proxy injects"));
            if (kv.length < 2 || rates.containsKey(kind)) {
                throw usage(kv.length < 2 ? "'" + part.strip() + "' has no rate" : kind.label() + " is given twice");
            }
            rates.put(kind, rate(kv[1].strip(), part.strip()));
        }
        return new FaultPlan(seed, rates);
    }

    private static double rate(String text, String part) {
        try {
            double value = text.endsWith("%") ? Double.parseDouble(text.substring(0, text.length() - 1)) / 100
                    : Double.parseDouble(text);
            if (value < 0 || value > 1 || Double.isNaN(value)) {
                throw usage("'" + part + "': a rate is between 0% and 100%");
            }
            return value;
        } catch (NumberFormatException e) {
            throw usage("'" + part + "': the rate is not a number");
        }
    }

    private static HarnessException usage(String what) {
        return new HarnessException(Category.USAGE, "--inject " + what + "; write KIND:RATE[,KIND:RATE...] with"
                + " KIND one of " + Arrays.stream(FaultKind.values()).map(FaultKind::label)
                .collect(Collectors.joining(", ")) + " and RATE like 5% (e.g. --inject 429:5%,503:2%)");
    }

    public boolean isEmpty() {
        return rates.values().stream().allMatch(r -> r == 0);
    }

    /** The fault for the backend's request number {@code request} (1-based, in arrival order), if any. */
    public Optional<FaultKind> decide(long request) {
        if (isEmpty()) {
            return Optional.empty();
        }
        double draw = draw(seed, request);
        double upTo = 0;
        for (Map.Entry<FaultKind, Double> rate : rates.entrySet()) {
            upTo += rate.getValue();
            if (draw < upTo) {
                return Optional.of(rate.getKey());
            }
        }
        return Optional.empty();
    }

    /** A uniform draw in [0, 1) from the seed and the request number alone (a 64-bit finaliser over both). */
    static double draw(long seed, long request) {
        long x = seed * 0x9E3779B97F4A7C15L ^ request * 0xC2B2AE3D27D4EB4FL;
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        x *= 0xc4ceb9fe1a85ec53L;
        x ^= x >>> 33;
        return (x >>> 11) * 0x1.0p-53;
    }

    /** One line for the console and the summary: {@code seed 7: 429 5%, 503 2%}. */
    public String describe() {
        return isEmpty() ? "none" : "seed " + seed + ": " + rates.entrySet().stream()
                .map(e -> e.getKey().label() + " " + percent(e.getValue())).collect(Collectors.joining(", "));
    }

    static String percent(double rate) {
        double p = rate * 100;
        return (p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p)) + "%";
    }
}
