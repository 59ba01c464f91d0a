package com.axys.golive.simulator.domain;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads the fields of one request against their rules and collects every broken rule (at most one per field), so a
 * 422 lists them all at once. Each reader returns the value when it is present and valid, else {@code null}.
 */
final class FieldRules {

    private static final Pattern INTEGER_TEXT = Pattern.compile("-?\\d{1,19}");

    private final Fields fields;
    private final List<FieldError> errors = new ArrayList<>();

    FieldRules(Fields fields) {
        this.fields = fields;
    }

    String requiredText(String name, int min, int max) {
        return text(name, true, min, max);
    }

    String optionalText(String name, int min, int max) {
        return text(name, false, min, max);
    }

    String requiredPattern(String name, Pattern pattern, String rule) {
        return pattern(name, true, pattern, rule);
    }

    String optionalPattern(String name, Pattern pattern, String rule) {
        return pattern(name, false, pattern, rule);
    }

    Long requiredInteger(String name, long min, long max, String rule) {
        return integer(name, true, min, max, rule);
    }

    Long optionalInteger(String name, long min, long max, String rule) {
        return integer(name, false, min, max, rule);
    }

    /** Records a rule the caller checked itself (cross-field or state-dependent). */
    void reject(String name, String rule) {
        if (!hasErrorFor(name)) {
            errors.add(new FieldError(name, rule));
        }
    }

    boolean hasErrorFor(String name) {
        return errors.stream().anyMatch(error -> error.field().equals(name));
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The value built by {@code valid} when no rule was broken, else a validation failure listing them all. */
    <T> Result<T> result(Supplier<T> valid) {
        return errors.isEmpty() ? Result.ok(valid.get()) : Result.failed(DomainError.validation(errors));
    }

    String text(String name, boolean required, int min, int max) {
        Object raw = present(name, required);
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof String value)) {
            reject(name, "must be a string");
            return null;
        }
        if (value.isBlank() && min > 0) {
            reject(name, required ? "required" : "must not be blank");
            return null;
        }
        if (value.length() < min || value.length() > max) {
            reject(name, min == max ? "length exactly " + min : "length " + min + "-" + max);
            return null;
        }
        return value;
    }

    String pattern(String name, boolean required, Pattern pattern, String rule) {
        String value = text(name, required, 0, Integer.MAX_VALUE);
        if (value == null) {
            return null;
        }
        if (!pattern.matcher(value).matches()) {
            reject(name, rule);
            return null;
        }
        return value;
    }

    Long integer(String name, boolean required, long min, long max, String rule) {
        Object raw = present(name, required);
        if (raw == null) {
            return null;
        }
        Long value = asLong(raw);
        if (value == null) {
            reject(name, "must be an integer");
            return null;
        }
        if (value < min || value > max) {
            reject(name, rule);
            return null;
        }
        return value;
    }

    private Long asLong(Object raw) {
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short) {
            return ((Number) raw).longValue();
        }
        if (raw instanceof BigInteger big) {
            return big.bitLength() < 64 ? big.longValue() : null;
        }
        if (fields.textual() && raw instanceof String text && INTEGER_TEXT.matcher(text).matches()) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException tooLarge) {
                return null;
            }
        }
        return null;
    }

    private Object present(String name, boolean required) {
        Object raw = fields.value(name);
        if (raw == null && required) {
            reject(name, "required");
        }
        return raw;
    }
}
