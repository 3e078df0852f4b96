package org.microcred.submission;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.microcred.events.catalogue.EvidencePrompt;
import org.microcred.events.submission.WrittenAnswer;
import org.microcred.support.problem.Problem.FieldError;

/** What evidence an attempt may hold, and what it must hold before it is submitted. */
public final class EvidenceRules {

    private EvidenceRules() {
    }

    /** Problems with a set of written answers, each named by its place in the request. */
    public static List<FieldError> checkAnswers(List<EvidencePrompt> prompts, List<WrittenAnswer> answers) {
        Set<String> known = new HashSet<>();
        prompts.forEach(p -> known.add(p.id()));
        Set<String> seen = new HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            String promptId = answers.get(i).promptId();
            if (!known.contains(promptId)) {
                errors.add(new FieldError("answers[" + i + "].promptId", "not a prompt of this micro-credential"));
            } else if (!seen.add(promptId)) {
                errors.add(new FieldError("answers[" + i + "].promptId", "at most one answer per prompt"));
            }
        }
        return errors;
    }

    /**
     * What is missing before the attempt may be submitted, by prompt id: every prompt needs a
     * written answer, and a prompt that asks for a file needs at least one.
     *
     * @param promptsWithFiles the prompt ids that have at least one uploaded file
     */
    public static List<FieldError> missingForSubmit(List<EvidencePrompt> prompts, List<WrittenAnswer> answers,
            Collection<String> promptsWithFiles) {
        Set<String> answered = new HashSet<>();
        answers.stream().filter(a -> a.text() != null && !a.text().isBlank()).forEach(a -> answered.add(a.promptId()));
        List<FieldError> missing = new ArrayList<>();
        for (EvidencePrompt prompt : prompts) {
            if (!answered.contains(prompt.id())) {
                missing.add(new FieldError(prompt.id(), "a written answer is required"));
            }
            if (prompt.fileRequired() && !promptsWithFiles.contains(prompt.id())) {
                missing.add(new FieldError(prompt.id(), "at least one file is required"));
            }
        }
        return missing;
    }
}
