package org.microcred.support.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.UUID;
import org.microcred.support.problem.ProblemException;

/**
 * A query parameter that should be a UUID but is not is the client's mistake: 400 naming the
 * parameter. (JAX-RS answers 404 for any query parameter it cannot convert, which tells a client
 * the resource is missing when its filter is malformed.) Path parameters keep the 404: a path with
 * a malformed id names no resource.
 */
@Provider
public class UuidQueryParams implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != UUID.class) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return (ParamConverter<T>) new Converter(query.value());
            }
        }
        return null;
    }

    /** Thrown as a {@link BadRequestException} so JAX-RS passes it through; its cause is the problem. */
    private record Converter(String name) implements ParamConverter<UUID> {
        @Override
        public UUID fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return UUID.fromString(value.trim());
            } catch (IllegalArgumentException e) {
                throw new BadRequestException(ProblemException.invalid(name, "must be a UUID"));
            }
        }

        @Override
        public String toString(UUID value) {
            return value.toString();
        }
    }
}
