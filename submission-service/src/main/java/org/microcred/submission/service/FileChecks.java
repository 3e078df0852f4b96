package org.microcred.submission.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.microcred.submission.PromptSpec;
import org.microcred.submission.config.SubmissionLimits;
import org.microcred.submission.storage.Detection;
import org.microcred.submission.storage.MediaTypes;
import org.microcred.support.problem.ProblemException;

/**
 * Whether a file may join an attempt: its prompt takes files, its detected type is one the prompt
 * allows, and the prompt's count, the attempt's count and the attempt's total size stay in bounds.
 */
@ApplicationScoped
public class FileChecks {

    private final PromptSpecs specs;
    private final SubmissionLimits limits;

    public FileChecks(PromptSpecs specs, SubmissionLimits limits) {
        this.specs = specs;
        this.limits = limits;
    }

    /** The prompt the file is for, when every check passes; otherwise the problem to answer. */
    PromptSpec check(SubmissionDetails details, String promptId, Detection detection, long size) {
        PromptSpec prompt = specs.require(details, promptId);
        if (!prompt.takesFiles()) {
            throw ProblemException.invalid("promptId", "prompt " + promptId + " is answered by " + prompt.answeredBy()
                    + ", not by files");
        }
        List<String> allowed = specs.allowedMediaTypes(prompt);
        if (!detection.isAccepted() || !MediaTypes.allowed(detection.mediaType(), allowed)) {
            String why = detection.isAccepted() ? "the content is " + detection.mediaType() : detection.rejection();
            throw new ProblemException(415, "unsupported-media-type", "Unsupported file type",
                    "The file was refused: " + why + " (detected type " + detection.mediaType()
                            + "). Prompt " + promptId + " accepts: " + String.join(", ", allowed));
        }
        if (details.artifacts().size() >= limits.maxFiles()) {
            throw new ProblemException(409, "too-many-files", "Too many files",
                    "An attempt may hold at most " + limits.maxFiles() + " files");
        }
        int forPrompt = details.filesByPrompt().getOrDefault(promptId, 0);
        if (forPrompt >= prompt.maxFiles()) {
            throw new ProblemException(409, "too-many-items", "Too many items for the prompt",
                    "Prompt " + promptId + " takes at most " + prompt.maxFiles() + " file(s); remove one first");
        }
        long maxTotal = limits.maxAttemptSize().asLongValue();
        if (details.fileBytes() + size > maxTotal) {
            throw new ProblemException(413, "attempt-too-large", "Attempt too large",
                    "The files of an attempt may hold at most " + maxTotal + " bytes together; this attempt holds "
                            + details.fileBytes() + " and the file has " + size);
        }
        return prompt;
    }
}
