package org.microcred.submission.repository;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import org.microcred.events.catalogue.EvidencePrompt;
import org.microcred.events.submission.WrittenAnswer;
import org.microcred.support.persistence.JsonConverter;

/**
 * The JSON text columns of the submissions and the catalogue read model. Prompts stored before
 * issue 4 lack kind, media types and counts; they read back as nulls (legacy prompts).
 */
public final class JsonColumns {

    private JsonColumns() {
    }

    public static class Prompts extends JsonConverter<List<EvidencePrompt>> {
        public Prompts() {
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
}
