package org.microcred.events.assessment;

/** The level reached on one rubric criterion, and the assessor's feedback on it. */
public record CriterionScore(String criterionId, String levelId, String feedback) {
}
