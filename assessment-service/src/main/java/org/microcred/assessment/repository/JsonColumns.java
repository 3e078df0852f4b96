package org.microcred.assessment.repository;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import org.microcred.events.assessment.CriterionScore;
import org.microcred.events.catalogue.ProgressRule;
import org.microcred.events.catalogue.Rubric;
import org.microcred.events.enrolment.ActivityReported;
import org.microcred.events.submission.EvidenceArtifact;
import org.microcred.events.submission.EvidenceLink;
import org.microcred.events.submission.WrittenAnswer;
import org.microcred.support.persistence.JsonConverter;

/** The JSON text columns of assessment tasks, judgements, versions and parked reports. */
public final class JsonColumns {

    private JsonColumns() {
    }

    public static class Answers extends JsonConverter<List<WrittenAnswer>> {
        public Answers() {
            super(new TypeReference<>() {
            });
        }
    }

    public static class Artifacts extends JsonConverter<List<EvidenceArtifact>> {
        public Artifacts() {
            super(new TypeReference<>() {
            });
        }
    }

    public static class Scores extends JsonConverter<List<CriterionScore>> {
        public Scores() {
            super(new TypeReference<>() {
            });
        }
    }

    public static class RubricColumn extends JsonConverter<Rubric> {
        public RubricColumn() {
            super(new TypeReference<>() {
            });
        }
    }

    public static class Links extends JsonConverter<List<EvidenceLink>> {
        public Links() {
            super(new TypeReference<>() {
            });
        }
    }

    public static class ProgressRuleColumn extends JsonConverter<ProgressRule> {
        public ProgressRuleColumn() {
            super(new TypeReference<>() {
            });
        }
    }

    public static class Report extends JsonConverter<ActivityReported> {
        public Report() {
            super(new TypeReference<>() {
            });
        }
    }
}
