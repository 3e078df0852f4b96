package org.microcred.support.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import org.microcred.events.assessment.CriterionScore;
import org.microcred.events.catalogue.Alignment;
import org.microcred.events.catalogue.EvidencePrompt;
import org.microcred.events.catalogue.ProgressRule;
import org.microcred.events.catalogue.Rubric;
import org.microcred.events.submission.WrittenAnswer;

/**
 * JSON text columns holding parts of event payloads that several services keep in their read models
 * (prompts, rubrics, progress rules, alignments, tags, answers, scores). One converter per type here,
 * so every service stores them the same way; a service's own column types stay in that service.
 */
public final class EventColumns {

    private EventColumns() {
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

    public static class ProgressRuleColumn extends JsonConverter<ProgressRule> {
        public ProgressRuleColumn() {
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

    public static class Answers extends JsonConverter<List<WrittenAnswer>> {
        public Answers() {
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
}
