package org.microcred.submission;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.microcred.events.submission.WrittenAnswer;
import org.microcred.support.problem.Problem.FieldError;

/** What evidence an attempt may hold, and what it must hold before it is submitted. */
public final class EvidenceRules {

    private EvidenceRules() {
    }

    /** Problems with a set of written answers, each named by its place in the request. */
    public static List<FieldError> checkAnswers(List<PromptSpec> prompts, List<WrittenAnswer> answers) {
        Map<String, PromptSpec> byId = byId(prompts);
        Set<String> seen = new HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            String promptId = answers.get(i).promptId();
            PromptSpec prompt = byId.get(promptId);
            if (prompt == null) {
                errors.add(new FieldError("answers[" + i + "].promptId", "not a prompt of this micro-credential"));
            } else if (!prompt.takesAnswer()) {
                errors.add(new FieldError("answers[" + i + "].promptId",
                        "prompt " + promptId + " is answered by " + prompt.answeredBy() + ", not in writing"));
            } else if (!seen.add(promptId)) {
                errors.add(new FieldError("answers[" + i + "].promptId", "at most one answer per prompt"));
            }
        }
        return errors;
    }

    /**
     * Every item missing or out of bounds before the attempt may be submitted, each named by its
     * prompt id: a written answer, at least N files, at least N links (and at most the maximum).
     *
     * @param files how many files each prompt holds, by prompt id
     * @param links how many links each prompt holds, by prompt id
     */
    public static List<FieldError> missingForSubmit(List<PromptSpec> prompts, List<WrittenAnswer> answers,
            Map<String, Integer> files, Map<String, Integer> links) {
        Set<String> answered = new HashSet<>();
        answers.stream().filter(a -> a.text() != null && !a.text().isBlank()).forEach(a -> answered.add(a.promptId()));
        List<FieldError> missing = new ArrayList<>();
        for (PromptSpec prompt : prompts) {
            if (prompt.takesAnswer() && !answered.contains(prompt.id())) {
                missing.add(new FieldError(prompt.id(), "a written answer is required"));
            }
            count(missing, prompt.id(), "file", files.getOrDefault(prompt.id(), 0), prompt.minFiles(), prompt.maxFiles());
            count(missing, prompt.id(), "link", links.getOrDefault(prompt.id(), 0), prompt.minLinks(), prompt.maxLinks());
        }
        return missing;
    }

    private static void count(List<FieldError> errors, String promptId, String item, int has, int min, int max) {
        if (has < min) {
            errors.add(new FieldError(promptId, "at least " + items(min, item) + " required; " + has + " given"));
        } else if (has > max) {
            errors.add(new FieldError(promptId, "at most " + items(max, item) + " allowed; " + has + " given"));
        }
    }

    /** "1 file is", "3 links are". */
    static String items(int n, String item) {
        return n + " " + item + (n == 1 ? " is" : "s are");
    }

    private static Map<String, PromptSpec> byId(List<PromptSpec> prompts) {
        Map<String, PromptSpec> byId = new HashMap<>();
        prompts.forEach(p -> byId.put(p.id(), p));
        return byId;
    }
}
