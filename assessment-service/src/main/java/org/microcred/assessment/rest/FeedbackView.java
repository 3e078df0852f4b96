package org.microcred.assessment.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the earner sees of the judgement of their own attempt: the final decision and the feedback,
 * per criterion with the level reached and whether it meets the requirement. Who assessed, and
 * whether a second marker is involved, is not disclosed: until the decision is final the status
 * reads IN_REVIEW. {@code score} is the LMS score of a progress decision.
 */
public record FeedbackView(
        UUID assessmentId,
        UUID submissionId,
        UUID enrolmentId,
        UUID achievementId,
        int achievementVersion,
        String achievementName,
        int attempt,
        String basis,
        String status,
        Instant submittedAt,
        String decision,
        List<CriterionFeedback> scores,
        String feedback,
        BigDecimal totalPoints,
        BigDecimal maxPoints,
        BigDecimal score,
        Instant decidedAt) {

    /** Names are null when the rubric is not known here. */
    public record CriterionFeedback(String criterionId, String criterionName, String levelId, String levelName,
            Boolean met, String feedback) {
    }
}
