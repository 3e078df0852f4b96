package org.microcred.events.submission;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.microcred.events.EventPayload;

/** An earner submitted an attempt of evidence for assessment. */
public record SubmissionSubmitted(
        UUID submissionId,
        UUID enrolmentId,
        UUID achievementId,
        int achievementVersion,
        String earnerId,
        String earnerEmail,
        String earnerName,
        int attempt,
        List<WrittenAnswer> answers,
        List<EvidenceArtifact> artifacts,
        Instant submittedAt,
        // Added (additive): when the earner enrolled, the start of the activity the credential states.
        Instant enrolledAt,
        // Added (additive): link evidence.
        List<EvidenceLink> links) implements EventPayload {

    public SubmissionSubmitted(UUID submissionId, UUID enrolmentId, UUID achievementId, int achievementVersion,
            String earnerId, String earnerEmail, String earnerName, int attempt, List<WrittenAnswer> answers,
            List<EvidenceArtifact> artifacts, Instant submittedAt, Instant enrolledAt) {
        this(submissionId, enrolmentId, achievementId, achievementVersion, earnerId, earnerEmail, earnerName, attempt,
                answers, artifacts, submittedAt, enrolledAt, null);
    }
}
