package org.microcred.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microcred.events.catalogue.EvidencePrompt;
import org.microcred.events.submission.WrittenAnswer;
import org.microcred.support.problem.Problem.FieldError;

class EvidenceRulesTest {

    private static final List<PromptSpec> LEGACY = specs(
            new EvidencePrompt("plan", "Upload your lesson plan", true),
            new EvidencePrompt("reflection", "Reflect on it", false));
    private static final List<PromptSpec> KINDS = specs(
            new EvidencePrompt("reflection", "Reflect", false, EvidencePrompt.WRITTEN, null, null, null),
            new EvidencePrompt("photos", "Photos", true, EvidencePrompt.FILES, List.of("image/*"), 2, 3),
            new EvidencePrompt("portfolio", "Links", false, EvidencePrompt.LINKS, null, null, 2));

    private static List<PromptSpec> specs(EvidencePrompt... prompts) {
        return java.util.Arrays.stream(prompts).map(p -> PromptSpec.of(p, 10, 20)).toList();
    }

    @Test
    void completeEvidenceMissesNothing() {
        List<WrittenAnswer> answers = List.of(new WrittenAnswer("plan", "Plan"), new WrittenAnswer("reflection", "It went well"));
        assertTrue(EvidenceRules.missingForSubmit(LEGACY, answers, Map.of("plan", 1), Map.of()).isEmpty());
        assertTrue(EvidenceRules.missingForSubmit(KINDS, List.of(new WrittenAnswer("reflection", "R")),
                Map.of("photos", 2), Map.of("portfolio", 1)).isEmpty());
    }

    @Test
    void legacyPromptsNeedAWrittenAnswerAndFileRequiredOnesAFile() {
        List<FieldError> missing = EvidenceRules.missingForSubmit(LEGACY, List.of(), Map.of(), Map.of());
        assertEquals(List.of(
                new FieldError("plan", "a written answer is required"),
                new FieldError("plan", "at least 1 file is required; 0 given"),
                new FieldError("reflection", "a written answer is required")), missing);
    }

    @Test
    void everyMissingItemOfEveryKindIsNamedWithItsCount() {
        List<FieldError> missing = EvidenceRules.missingForSubmit(KINDS, List.of(), Map.of("photos", 1), Map.of());
        assertEquals(List.of(
                new FieldError("reflection", "a written answer is required"),
                new FieldError("photos", "at least 2 files are required; 1 given"),
                new FieldError("portfolio", "at least 1 link is required; 0 given")), missing);
    }

    @Test
    void moreItemsThanAPromptTakesAreNamedToo() {
        List<FieldError> errors = EvidenceRules.missingForSubmit(KINDS, List.of(new WrittenAnswer("reflection", "R")),
                Map.of("photos", 4), Map.of("portfolio", 3));
        assertEquals(List.of(
                new FieldError("photos", "at most 3 files are allowed; 4 given"),
                new FieldError("portfolio", "at most 2 links are allowed; 3 given")), errors);
    }

    @Test
    void aFileForAnotherPromptDoesNotCount() {
        List<WrittenAnswer> answers = List.of(new WrittenAnswer("plan", "Plan"), new WrittenAnswer("reflection", "R"));
        assertEquals(List.of(new FieldError("plan", "at least 1 file is required; 0 given")),
                EvidenceRules.missingForSubmit(LEGACY, answers, Map.of("reflection", 1), Map.of()));
    }

    @Test
    void aBlankAnswerIsNoAnswer() {
        List<WrittenAnswer> answers = List.of(new WrittenAnswer("plan", "Plan"), new WrittenAnswer("reflection", "  "));
        assertEquals(List.of(new FieldError("reflection", "a written answer is required")),
                EvidenceRules.missingForSubmit(LEGACY, answers, Map.of("plan", 1), Map.of()));
    }

    @Test
    void answersMustNameKnownWrittenPromptsOnceEach() {
        List<WrittenAnswer> answers = List.of(new WrittenAnswer("reflection", "a"), new WrittenAnswer("nope", "b"),
                new WrittenAnswer("reflection", "c"), new WrittenAnswer("photos", "d"));
        assertEquals(List.of(
                new FieldError("answers[1].promptId", "not a prompt of this micro-credential"),
                new FieldError("answers[2].promptId", "at most one answer per prompt"),
                new FieldError("answers[3].promptId", "prompt photos is answered by files, not in writing")),
                EvidenceRules.checkAnswers(KINDS, answers));
    }
}
