package org.microcred.enrolment.pathway.repository;

import com.fasterxml.jackson.core.type.TypeReference;
import org.microcred.enrolment.pathway.PathwayRule;
import org.microcred.support.persistence.JsonConverter;

/** The rule tree as JSON text. */
public class PathwayRuleColumn extends JsonConverter<PathwayRule> {
    public PathwayRuleColumn() {
        super(new TypeReference<>() {
        });
    }
}
