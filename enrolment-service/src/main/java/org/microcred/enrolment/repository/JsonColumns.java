package org.microcred.enrolment.repository;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import org.microcred.events.catalogue.Alignment;
import org.microcred.events.catalogue.EvidencePrompt;
import org.microcred.events.catalogue.LearningResource;
import org.microcred.events.catalogue.ProgressRule;
import org.microcred.events.catalogue.Rubric;
import org.microcred.events.catalogue.SecondMarking;
import org.microcred.support.persistence.JsonConverter;

/** The JSON text columns of the catalogue. */
public final class JsonColumns {

    private JsonColumns() {
    }

    public static class Prompts extends JsonConverter<List<EvidencePrompt>> {
        public Prompts() {
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

    public static class Alignments extends JsonConverter<List<Alignment>> {
        public Alignments() {
            super(new TypeReference<>() {
            });
        }
    }

    public static class Tags extends JsonConverter<List<String>> {
        public Tags() {
            super(new TypeReference<>() {
            });
        }
    }

    public static class LearningResources extends JsonConverter<List<LearningResource>> {
        public LearningResources() {
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

    public static class SecondMarkingColumn extends JsonConverter<SecondMarking> {
        public SecondMarkingColumn() {
            super(new TypeReference<>() {
            });
        }
    }
}
