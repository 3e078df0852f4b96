package org.microcred.submission.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the submission endpoints answer. */
public final class SubmissionViews {

    private SubmissionViews() {
    }

    /** One attempt; {@code enrolmentStatus} tells a client whether its evidence may still change. */
    public record Submission(UUID id, UUID enrolmentId, UUID achievementId, int achievementVersion, int attempt,
            String status, String enrolmentStatus, List<Prompt> prompts, List<Answer> answers,
            List<Artifact> artifacts, List<Link> links, Instant createdAt, Instant updatedAt, Instant submittedAt,
            Instant decidedAt) {
    }

    /** A prompt as the catalogue states it; null kind is a legacy prompt (written, plus a file when fileRequired). */
    public record Prompt(String id, String text, String kind, boolean fileRequired, List<String> allowedMediaTypes,
            Integer minItems, Integer maxItems) {
    }

    public record Answer(String promptId, String text) {
    }

    public record Artifact(UUID id, String promptId, String fileName, String mediaType, long size, String sha256,
            Instant uploadedAt) {
    }

    public record Link(UUID id, String promptId, String url, String title, Instant addedAt) {
    }

    /** Proof of what was submitted and when: the files by their SHA-256 and size, the links. */
    public record Receipt(UUID submissionId, UUID enrolmentId, int attempt, Instant submittedAt,
            List<String> answeredPromptIds, List<ReceiptFile> files, List<Link> links) {
    }

    public record ReceiptFile(UUID artifactId, String promptId, String fileName, String sha256, long size,
            String mediaType) {
    }
}
