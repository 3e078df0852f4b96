package org.microcred.submission.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the submission endpoints answer. */
public final class SubmissionViews {

    private SubmissionViews() {
    }

    public record Submission(UUID id, UUID enrolmentId, UUID achievementId, int achievementVersion, int attempt,
            String status, List<Prompt> prompts, List<Answer> answers, List<Artifact> artifacts,
            Instant createdAt, Instant updatedAt, Instant submittedAt, Instant decidedAt) {
    }

    public record Prompt(String id, String text, boolean fileRequired) {
    }

    public record Answer(String promptId, String text) {
    }

    public record Artifact(UUID id, String promptId, String fileName, String mediaType, long size, String sha256,
            Instant uploadedAt) {
    }

    /** Proof of what was submitted and when: the files by their SHA-256. */
    public record Receipt(UUID submissionId, UUID enrolmentId, int attempt, Instant submittedAt,
            List<String> answeredPromptIds, List<Artifact> artifacts) {
    }
}
