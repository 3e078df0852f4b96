package org.microcred.submission.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.microcred.submission.LinkUrls;

/** What clients send to the submission endpoints. Every field has its limit. */
public final class SubmissionRequests {

    private SubmissionRequests() {
    }

    public record Start(@NotNull UUID enrolmentId) {
    }

    /**
     * The complete set of written answers of a draft; it replaces the previous set. At most one
     * answer per prompt, and a micro-credential has at most 20 prompts; all answers together at most
     * microcred.submission.answers.max-total-bytes as JSON, so the submission event stays under the outbox's maximum.
     */
    @AnswersWithinBudget
    public record Answers(@NotNull @Size(max = 20) List<@NotNull @Valid Answer> answers) {
    }

    public record Answer(
            @NotBlank @Size(max = 64) String promptId,
            @NotBlank @Size(max = 20000) String text) {
    }

    /** A link as evidence for a prompt; the URL's form (http/https, no credentials) is checked by the service. */
    public record Link(
            @NotBlank @Size(max = 64) String promptId,
            @NotBlank @Size(max = LinkUrls.MAX_LENGTH) String url,
            @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
            String title) {
    }
}
