package org.microcred.assessment.repository;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import org.microcred.events.enrolment.ActivityReported;
import org.microcred.events.submission.EvidenceArtifact;
import org.microcred.events.submission.EvidenceLink;
import org.microcred.support.persistence.JsonConverter;

/** The JSON text columns of assessment tasks, judgements, versions and parked reports. */
public final class JsonColumns {

    private JsonColumns() {
    }

    public static class Artifacts extends JsonConverter<List<EvidenceArtifact>> {
        public Artifacts() {
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

    public static class Report extends JsonConverter<ActivityReported> {
        public Report() {
            super(new TypeReference<>() {
            });
        }
    }
}
