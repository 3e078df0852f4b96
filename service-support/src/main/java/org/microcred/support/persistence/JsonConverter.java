package org.microcred.support.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.AttributeConverter;
import org.microcred.events.EventCodec;

/**
 * Stores a structured value (a record, or a list of them) as JSON text. Hibernate Reactive's own
 * JSON mapping only takes JSON objects, not lists; a converter per type keeps columns typed in Java.
 */
public abstract class JsonConverter<T> implements AttributeConverter<T, String> {

    private final TypeReference<T> type;

    protected JsonConverter(TypeReference<T> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(T value) {
        if (value == null) {
            return null;
        }
        try {
            return EventCodec.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Value could not be written as JSON", e);
        }
    }

    @Override
    public T convertToEntityAttribute(String json) {
        if (json == null) {
            return null;
        }
        try {
            return EventCodec.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON could not be read as " + type.getType(), e);
        }
    }
}
