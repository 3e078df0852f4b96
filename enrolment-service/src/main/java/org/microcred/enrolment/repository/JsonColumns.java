package org.microcred.enrolment.repository;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import org.microcred.events.catalogue.LearningResource;
import org.microcred.events.catalogue.SecondMarking;
import org.microcred.support.persistence.JsonConverter;

/** The JSON text columns of the catalogue. */
public final class JsonColumns {

    private JsonColumns() {
    }

    public static class LearningResources extends JsonConverter<List<LearningResource>> {
        public LearningResources() {
            super(new TypeReference<>() {
            });
        }
    }

    public static class SecondMarkingColumn extends JsonConverter<SecondMarking> {
        public SecondMarkingColumn() {
            super(new TypeReference<>() {
            });
        }
    }
}
