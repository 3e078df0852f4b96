package org.microcred.enrolment.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Progress through one pathway (docs/analytics.md): distinct earners who enrolled in, started or earned its
 * micro-credentials, and who completed it; and each micro-credential component's enrolment counts.
 */
public record PathwayReport(
        UUID pathwayId,
        int version,
        LocalDate from,
        LocalDate to,
        long earnersEnrolled,
        long earnersStarted,
        long earnersCompleted,
        BigDecimal completionRate,
        List<Component> components) {

    /** One micro-credential of the pathway's rule: its enrolments of the period and how far they got. */
    public record Component(UUID achievementId, String name, long enrolled, long started, long awarded, long issued) {
    }
}
