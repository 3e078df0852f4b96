package org.microcred.enrolment.pathway;

import com.fasterxml.jackson.core.type.TypeReference;
import org.microcred.support.persistence.JsonConverter;

/** The rule tree as JSON text. */
public class PathwayRuleColumn extends JsonConverter<PathwayRule> {
    public PathwayRuleColumn() {
        super(new TypeReference<>() {
        });
    }
}
