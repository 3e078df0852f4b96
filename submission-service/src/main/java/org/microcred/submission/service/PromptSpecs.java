package org.microcred.submission.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.microcred.submission.PromptSpec;
import org.microcred.submission.config.SubmissionLimits;
import org.microcred.support.problem.ProblemException;

/** The prompts of an attempt's micro-credential version, with the service's limits as their defaults. */
@ApplicationScoped
public class PromptSpecs {

    private final SubmissionLimits limits;

    public PromptSpecs(SubmissionLimits limits) {
        this.limits = limits;
    }

    public List<PromptSpec> of(SubmissionDetails details) {
        return details.prompts().stream().map(p -> PromptSpec.of(p, limits.maxFiles(), limits.maxLinks())).toList();
    }

    /** The prompt a request names; 400 when the micro-credential has no such prompt. */
    public PromptSpec require(SubmissionDetails details, String promptId) {
        return of(details).stream().filter(p -> p.id().equals(promptId)).findFirst()
                .orElseThrow(() -> ProblemException.invalid("promptId", "not a prompt of this micro-credential"));
    }

    /** The media types a prompt's files may have: its own list, or the service's default allow-list. */
    public List<String> allowedMediaTypes(PromptSpec prompt) {
        return prompt.allowedMediaTypes().isEmpty() ? limits.defaultMediaTypes() : prompt.allowedMediaTypes();
    }
}
