package com.axys.golive.cli;

import com.axys.golive.runner.Shard;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --shard I/N}: this machine's part of a run split over N. */
final class ShardOption implements ITypeConverter<Shard> {

    @Override
    public Shard convert(String value) {
        try {
            return Shard.parse(value);
        } catch (IllegalArgumentException bad) {
            throw new TypeConversionException(bad.getMessage());
        }
    }
}
