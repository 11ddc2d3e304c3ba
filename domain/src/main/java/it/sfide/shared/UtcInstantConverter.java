package it.sfide.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Stores every {@link Instant} as a UTC wall-clock {@code DATETIME(6)}, keeping microseconds. Sub-microsecond
 * digits are dropped on the way in, so what is read back equals what was written.
 */
@Converter(autoApply = true)
public class UtcInstantConverter implements AttributeConverter<Instant, LocalDateTime> {

    @Override
    public LocalDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : LocalDateTime.ofEpochSecond(instant.getEpochSecond(),
                (instant.getNano() / 1000) * 1000, ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(LocalDateTime value) {
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    /** The precision the database keeps: an instant truncated to microseconds. */
    public static Instant toStoredPrecision(Instant instant) {
        return instant == null ? null : Instant.ofEpochSecond(instant.getEpochSecond(), (instant.getNano() / 1000) * 1000);
    }
}
