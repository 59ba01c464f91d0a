package com.axys.golive.simulator.domain;

import java.util.Objects;
import java.util.function.Function;

/** What a domain operation returns: a value, or the typed reason it was refused. Never both, never neither. */
public sealed interface Result<T> permits Result.Ok, Result.Failed {

    static <T> Result<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Result<T> failed(DomainError error) {
        return new Failed<>(error);
    }

    default <U> Result<U> map(Function<? super T, ? extends U> mapper) {
        return flatMap(value -> ok(mapper.apply(value)));
    }

    @SuppressWarnings("unchecked")
    default <U> Result<U> flatMap(Function<? super T, Result<U>> next) {
        if (this instanceof Ok<T> ok) {
            return next.apply(ok.value());
        }
        return (Result<U>) this;
    }

    /** The success value. */
    record Ok<T>(T value) implements Result<T> {
        public Ok {
            Objects.requireNonNull(value, "value");
        }
    }

    /** The refusal. */
    record Failed<T>(DomainError error) implements Result<T> {
        public Failed {
            Objects.requireNonNull(error, "error");
        }
    }
}
