package org.microcred.enrolment.pathway.repository;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import org.microcred.events.enrolment.PathwayComponent;
import org.microcred.support.persistence.JsonConverter;

/** The credentials that counted toward a completion, as JSON text. */
public class PathwayComponentsColumn extends JsonConverter<List<PathwayComponent>> {
    public PathwayComponentsColumn() {
        super(new TypeReference<>() {
        });
    }
}
