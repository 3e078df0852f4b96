package org.microcred.enrolment.dashboard;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import org.microcred.events.assessment.CriterionScore;
import org.microcred.support.persistence.JsonConverter;

/** The scores per criterion of a decision, as a JSON text column. */
public class ScoresColumn extends JsonConverter<List<CriterionScore>> {
    public ScoresColumn() {
        super(new TypeReference<>() {
        });
    }
}
