package org.microcred.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.microcred.events.catalogue.EvidencePrompt;

class PromptSpecTest {

    private static PromptSpec of(EvidencePrompt prompt) {
        return PromptSpec.of(prompt, 10, 20);
    }

    @Test
    void aWrittenPromptTakesOneAnswerAndNothingElse() {
        assertEquals(new PromptSpec("r", true, 0, 0, 0, 0, List.of()),
                of(new EvidencePrompt("r", "Reflect", false, "written", null, null, null)));
    }

    @Test
    void filesAndLinksPromptsDefaultToAtLeastOneAndTheAttemptsLimit() {
        assertEquals(new PromptSpec("f", false, 1, 10, 0, 0, List.of()),
                of(new EvidencePrompt("f", "Files", true, "files", null, null, null)));
        assertEquals(new PromptSpec("l", false, 0, 0, 1, 20, List.of()),
                of(new EvidencePrompt("l", "Links", false, "links", List.of(), null, null)));
    }

    @Test
    void countsComeFromThePromptButNeverPassTheAttemptsLimit() {
        assertEquals(new PromptSpec("f", false, 0, 3, 0, 0, List.of("image/png")),
                of(new EvidencePrompt("f", "Files", false, "files", List.of("image/png"), 0, 3)));
        assertEquals(20, of(new EvidencePrompt("l", "Links", false, "links", null, 2, 50)).maxLinks());
    }

    @Test
    void aLegacyPromptTakesAnAnswerAndFilesRequiredWhenAsked() {
        assertEquals(new PromptSpec("p", true, 1, 10, 0, 0, List.of()), of(new EvidencePrompt("p", "Plan", true)));
        assertEquals(new PromptSpec("q", true, 0, 10, 0, 0, List.of()), of(new EvidencePrompt("q", "Why", false)));
    }
}
