package org.microcred.assessment.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the earner sees of the judgement of their own submission: the decision and the feedback,
 * per criterion with the level reached and whether it meets the requirement. Who assessed is not
 * disclosed.
 */
public record FeedbackView(
        UUID assessmentId,
        UUID submissionId,
        UUID achievementId,
        int achievementVersion,
        String achievementName,
        int attempt,
        String status,
        Instant submittedAt,
        String decision,
        List<CriterionFeedback> scores,
        String feedback,
        Instant decidedAt) {

    /** Names are null when the rubric is not known here. */
    public record CriterionFeedback(String criterionId, String criterionName, String levelId, String levelName,
            Boolean met, String feedback) {
    }
}
