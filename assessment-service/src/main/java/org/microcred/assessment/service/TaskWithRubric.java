package org.microcred.assessment.service;

import org.microcred.assessment.AchievementRubric;
import org.microcred.assessment.AssessmentTask;

/** A task and the rubric it is judged against; {@code rubric} is null until the catalogue event arrives. */
public record TaskWithRubric(AssessmentTask task, AchievementRubric rubric) {
}
