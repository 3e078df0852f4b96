package org.microcred.enrolment.analytics;

import java.time.Instant;
import java.util.UUID;

/**
 * Which enrolments a report counts: those of one micro-credential (one version of it, or every version when
 * {@code version} is 0) made in {@code [from, to)}: the cohort by enrolment date.
 */
public record Cohort(String tenantId, UUID achievementId, int version, Instant from, Instant to) {

    /** The SQL condition on {@code analytics_enrolment e} (parameters tenant, achievement, version, from, to). */
    public static final String CONDITION = "e.tenant_id = :tenant AND e.achievement_id = :achievement"
            + " AND (:version = 0 OR e.achievement_version = :version)"
            + " AND e.enrolled_at >= :from AND e.enrolled_at < :to";
}
