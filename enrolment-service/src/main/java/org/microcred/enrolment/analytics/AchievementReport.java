package org.microcred.enrolment.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The program figures of one micro-credential for one cohort (docs/analytics.md defines each). */
public record AchievementReport(
        UUID achievementId,
        Integer version,
        LocalDate from,
        LocalDate to,
        String cohort,
        Integer feedbackTargetDays,
        List<FunnelStage> funnel,
        Timing timeToFirstFeedback,
        Timing timeToDecision,
        Decisions decisions,
        AttemptsPerAward attemptsPerAward,
        List<CriterionStruggle> criteriaBelowRequired,
        SecondMarking secondMarking,
        CredentialUse credentialUse,
        SurveyResults survey) {

    public static final String COHORT = "enrolledAt";

    /** One stage: how many of the cohort reached it, against the stage it is measured from. */
    public record FunnelStage(String stage, long count, String from, BigDecimal conversion, Long dropOff) {
    }

    /** Durations in hours; {@code overTarget} only for the time to decision. */
    public record Timing(long count, BigDecimal p50Hours, BigDecimal p90Hours, Long overTarget,
            BigDecimal overTargetShare) {
    }

    public record Decisions(long count, long award, long revise, long deny, BigDecimal passRate,
            BigDecimal reviseRate, BigDecimal denyRate) {
    }

    public record AttemptsPerAward(long awards, BigDecimal mean) {
    }

    public record CriterionStruggle(String criterionId, String name, long judged, long belowRequired,
            BigDecimal share) {
    }

    /** Share links of the cohort's credentials, how many credentials they share, and their pages' openings. */
    public record CredentialUse(long shares, long sharedCredentials, long shareViews) {
    }

    public record SecondMarking(long decisions, long agreed, long disagreed, BigDecimal agreementRate) {
    }
}
