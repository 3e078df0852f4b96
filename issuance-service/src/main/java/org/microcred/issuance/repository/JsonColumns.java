package org.microcred.issuance.repository;

import com.fasterxml.jackson.core.type.TypeReference;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.support.persistence.JsonConverter;

/** The JSON text columns of the catalogue read model and of pending awards. */
public final class JsonColumns {

    private JsonColumns() {
    }

    public static class Award extends JsonConverter<AssessmentDecided> {
        public Award() {
            super(new TypeReference<>() {
            });
        }
    }
}
