package org.microcred.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.microcred.events.catalogue.EvidencePrompt;
import org.microcred.events.submission.WrittenAnswer;
import org.microcred.support.problem.Problem.FieldError;

class EvidenceRulesTest {

    private static final List<EvidencePrompt> PROMPTS = List.of(
            new EvidencePrompt("plan", "Upload your lesson plan", true),
            new EvidencePrompt("reflection", "Reflect on it", false));

    @Test
    void completeEvidenceMissesNothing() {
        List<WrittenAnswer> answers = List.of(new WrittenAnswer("plan", "Plan"), new WrittenAnswer("reflection", "It went well"));
        assertTrue(EvidenceRules.missingForSubmit(PROMPTS, answers, Set.of("plan")).isEmpty());
    }

    @Test
    void everyPromptNeedsAWrittenAnswerAndFileRequiredPromptsAFile() {
        List<FieldError> missing = EvidenceRules.missingForSubmit(PROMPTS, List.of(), Set.of());
        assertEquals(List.of(
                new FieldError("plan", "a written answer is required"),
                new FieldError("plan", "at least one file is required"),
                new FieldError("reflection", "a written answer is required")), missing);
    }

    @Test
    void aFileForAnotherPromptDoesNotCount() {
        List<WrittenAnswer> answers = List.of(new WrittenAnswer("plan", "Plan"), new WrittenAnswer("reflection", "R"));
        assertEquals(List.of(new FieldError("plan", "at least one file is required")),
                EvidenceRules.missingForSubmit(PROMPTS, answers, Set.of("reflection")));
    }

    @Test
    void aBlankAnswerIsNoAnswer() {
        List<WrittenAnswer> answers = List.of(new WrittenAnswer("plan", "Plan"), new WrittenAnswer("reflection", "  "));
        assertEquals(List.of(new FieldError("reflection", "a written answer is required")),
                EvidenceRules.missingForSubmit(PROMPTS, answers, Set.of("plan")));
    }

    @Test
    void answersMustNameKnownPromptsOnceEach() {
        List<WrittenAnswer> answers = List.of(new WrittenAnswer("plan", "a"), new WrittenAnswer("nope", "b"),
                new WrittenAnswer("plan", "c"));
        assertEquals(List.of(
                new FieldError("answers[1].promptId", "not a prompt of this micro-credential"),
                new FieldError("answers[2].promptId", "at most one answer per prompt")),
                EvidenceRules.checkAnswers(PROMPTS, answers));
    }
}
