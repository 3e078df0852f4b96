package org.microcred.enrolment;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.microcred.events.catalogue.EvidencePrompt;
import org.microcred.support.problem.Problem.FieldError;

/**
 * How each evidence prompt is answered: a written prompt takes no counts or types; a files prompt
 * allows only known media types and at most {@link #MAX_FILES} files (the per-attempt limit of
 * submission-service); a links prompt at most {@link #MAX_LINKS} links. A prompt without kind is the
 * first schema's (written, plus a file when fileRequired) and takes no counts or types either.
 */
public final class PromptRules {

    public static final int MAX_FILES = 10;
    public static final int MAX_LINKS = 20;

    private PromptRules() {
    }

    public static void check(List<EvidencePrompt> prompts, List<FieldError> errors) {
        if (prompts == null) {
            return;
        }
        for (int i = 0; i < prompts.size(); i++) {
            EvidencePrompt prompt = prompts.get(i);
            if (prompt != null) {
                check(prompt, "evidencePrompts[" + i + "]", errors);
            }
        }
    }

    private static void check(EvidencePrompt prompt, String at, List<FieldError> errors) {
        String kind = prompt.kind();
        boolean hasTypes = prompt.allowedMediaTypes() != null && !prompt.allowedMediaTypes().isEmpty();
        boolean hasCounts = prompt.minItems() != null || prompt.maxItems() != null;
        if (kind == null || EvidencePrompt.WRITTEN.equals(kind)) {
            String why = kind == null ? "only with kind files or links" : "not for a written prompt";
            if (hasTypes) {
                errors.add(new FieldError(at + ".allowedMediaTypes", why));
            }
            if (hasCounts) {
                errors.add(new FieldError(at + (prompt.minItems() != null ? ".minItems" : ".maxItems"), why));
            }
            return;
        }
        if (EvidencePrompt.LINKS.equals(kind) && hasTypes) {
            errors.add(new FieldError(at + ".allowedMediaTypes", "only for a files prompt"));
        }
        if (EvidencePrompt.FILES.equals(kind) && hasTypes) {
            checkTypes(prompt.allowedMediaTypes(), at, errors);
        }
        int limit = EvidencePrompt.FILES.equals(kind) ? MAX_FILES : MAX_LINKS;
        Integer min = prompt.minItems();
        Integer max = prompt.maxItems();
        if (max != null && max > limit) {
            errors.add(new FieldError(at + ".maxItems", "at most " + limit + " for a " + kind + " prompt"));
        }
        if (min != null && max != null && min > max) {
            errors.add(new FieldError(at + ".minItems", "must not exceed maxItems (" + max + ")"));
        }
    }

    private static void checkTypes(List<String> types, String at, List<FieldError> errors) {
        Set<String> seen = new HashSet<>();
        for (int t = 0; t < types.size(); t++) {
            String type = types.get(t);
            if (type == null || !EvidenceMediaTypes.ALLOWED.contains(type)) {
                errors.add(new FieldError(at + ".allowedMediaTypes[" + t + "]",
                        "not an evidence media type; allowed: " + String.join(", ",
                                EvidenceMediaTypes.ALLOWED.stream().sorted().toList())));
            } else if (!seen.add(type)) {
                errors.add(new FieldError(at + ".allowedMediaTypes[" + t + "]", "listed twice"));
            }
        }
    }
}
