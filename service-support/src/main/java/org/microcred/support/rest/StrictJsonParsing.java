package org.microcred.support.rest;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * A JSON body that names a field twice is refused ({@code {"reason":"a","reason":1}}): which value wins is not defined
 * by RFC 8259, a record's creator could not take both (Jackson failed with an {@code InvalidDefinitionException},
 * which Quarkus answered as an empty 500), and a check that reads the first while the code uses the last is a way
 * around validation. The parser's failure is a 400 {@code malformed-body} problem ({@code ProblemMappers}).
 */
@Singleton
public class StrictJsonParsing implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
    }
}
