package org.microcred.submission;

import java.util.List;
import org.microcred.events.catalogue.EvidencePrompt;

/**
 * What one evidence prompt takes and requires, with the catalogue's gaps filled in: a
 * {@code written} prompt needs its one answer; a {@code files} or {@code links} prompt needs
 * {@code minItems} (default 1) to {@code maxItems} (default: the attempt's limit) items; a legacy
 * prompt (no kind) needs an answer, plus a file when {@code fileRequired}, and may hold files.
 *
 * @param allowedMediaTypes the prompt's own list; empty means the service's default allow-list
 */
public record PromptSpec(String id, boolean takesAnswer, int minFiles, int maxFiles, int minLinks, int maxLinks,
        List<String> allowedMediaTypes) {

    /**
     * @param attemptMaxFiles the most files an attempt may hold (a prompt's default maximum)
     * @param attemptMaxLinks the most links an attempt may hold
     */
    public static PromptSpec of(EvidencePrompt prompt, int attemptMaxFiles, int attemptMaxLinks) {
        List<String> types = prompt.allowedMediaTypes() == null ? List.of() : prompt.allowedMediaTypes();
        String kind = prompt.kind();
        if (EvidencePrompt.WRITTEN.equals(kind)) {
            return new PromptSpec(prompt.id(), true, 0, 0, 0, 0, types);
        }
        if (EvidencePrompt.FILES.equals(kind)) {
            return new PromptSpec(prompt.id(), false, min(prompt), max(prompt, attemptMaxFiles), 0, 0, types);
        }
        if (EvidencePrompt.LINKS.equals(kind)) {
            return new PromptSpec(prompt.id(), false, 0, 0, min(prompt), max(prompt, attemptMaxLinks), types);
        }
        // Legacy (no kind): the first schema's written answer, plus files when asked for.
        int minFiles = prompt.fileRequired() ? Math.max(1, min(prompt)) : 0;
        return new PromptSpec(prompt.id(), true, minFiles, max(prompt, attemptMaxFiles), 0, 0, types);
    }

    public boolean takesFiles() {
        return maxFiles > 0;
    }

    public boolean takesLinks() {
        return maxLinks > 0;
    }

    /** How the prompt is answered, for messages that refuse another kind of evidence. */
    public String answeredBy() {
        if (takesAnswer) {
            return takesFiles() ? "a written answer and files" : "a written answer";
        }
        return takesFiles() ? "files" : "links";
    }

    private static int min(EvidencePrompt prompt) {
        return prompt.minItems() != null ? Math.max(0, prompt.minItems()) : 1;
    }

    private static int max(EvidencePrompt prompt, int attemptLimit) {
        return prompt.maxItems() != null ? Math.min(Math.max(1, prompt.maxItems()), attemptLimit) : attemptLimit;
    }
}
