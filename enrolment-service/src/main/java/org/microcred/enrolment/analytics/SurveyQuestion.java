package org.microcred.enrolment.analytics;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One question of a micro-credential's learner survey: a 1-5 scale, or a choice among 2 to 6 fixed answers.
 * The limits are part of the API (400 {@code validation} naming the field).
 */
public record SurveyQuestion(
        @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}") String id,
        @NotBlank @Size(max = 300) String text,
        @NotNull @Pattern(regexp = "scale|choice") String kind,
        @Size(min = 2, max = 6) List<@NotBlank @Size(max = 100) String> choices) {

    public static final String SCALE = "scale";
    public static final String CHOICE = "choice";
    public static final int MAX_QUESTIONS = 5;

    /** Whether {@code value} answers this question: 1 to 5 for a scale, one of the choices for a choice. */
    public boolean accepts(String value) {
        if (value == null) {
            return false;
        }
        if (SCALE.equals(kind)) {
            return value.length() == 1 && value.charAt(0) >= '1' && value.charAt(0) <= '5';
        }
        return choices != null && choices.contains(value);
    }

    /** The field errors of a survey's questions beyond each one's own constraints. */
    public static List<String> problems(List<SurveyQuestion> questions) {
        java.util.List<String> problems = new java.util.ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            SurveyQuestion q = questions.get(i);
            if (q == null) {
                continue;
            }
            if (q.id() != null && !ids.add(q.id())) {
                problems.add("questions[" + i + "].id|appears twice");
            }
            if (CHOICE.equals(q.kind()) && (q.choices() == null || q.choices().size() < 2)) {
                problems.add("questions[" + i + "].choices|a choice question needs 2 to 6 choices");
            }
            if (SCALE.equals(q.kind()) && q.choices() != null && !q.choices().isEmpty()) {
                problems.add("questions[" + i + "].choices|a scale question has no choices (it is 1 to 5)");
            }
            if (q.choices() != null && q.choices().stream().distinct().count() < q.choices().size()) {
                problems.add("questions[" + i + "].choices|each choice once");
            }
        }
        return problems;
    }
}
