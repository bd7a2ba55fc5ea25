package kmcheck.cli;

import kmcheck.trace.TraceLevel;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --level full|kernel}: a {@link TraceLevel}, or a usage error naming both. */
final class LevelConverter implements ITypeConverter<TraceLevel> {
    @Override
    public TraceLevel convert(String value) {
        try {
            return TraceLevel.of(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
