package org.microcred.support.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Every string field of a JSON request body is refused when it holds a control character ({@link ControlCharacters}):
 * JSON allows them escaped ({@code \u0000}), PostgreSQL cannot store a NUL, and no field of this API needs one. The
 * failure names the field: a 400 {@code malformed-body} problem ({@code ProblemMappers}).
 */
@Singleton
public class ControlCharacterModule implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("control-characters").addDeserializer(String.class, new Strings()));
    }

    static final class Strings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null && ControlCharacters.present(value)) {
                throw InvalidFormatException.from(parser, "must not contain control characters", value, String.class);
            }
            return value;
        }
    }
}
