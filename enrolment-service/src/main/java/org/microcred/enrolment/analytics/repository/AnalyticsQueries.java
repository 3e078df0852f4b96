package org.microcred.enrolment.analytics.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;
import org.microcred.enrolment.analytics.Cohort;

/** The report's aggregates over one cohort, each one statement on the analytics tables (and the catalogue's target). */
@ApplicationScoped
public class AnalyticsQueries {

    /** enrolled, started, submitted, in review, revise, awarded, issued, claimed, shared, withdrawn, expired, denied. */
    static final String FUNNEL = "SELECT count(*),"
            + " count(*) FILTER (WHERE e.started_at IS NOT NULL OR e.submitted_at IS NOT NULL),"
            + " count(*) FILTER (WHERE e.submitted_at IS NOT NULL),"
            + " count(*) FILTER (WHERE e.in_review_at IS NOT NULL),"
            + " count(*) FILTER (WHERE e.revise_at IS NOT NULL),"
            + " count(*) FILTER (WHERE e.awarded_at IS NOT NULL),"
            + " count(*) FILTER (WHERE e.issued_at IS NOT NULL),"
            + " count(*) FILTER (WHERE EXISTS (SELECT 1 FROM analytics_credential c WHERE c.tenant_id = e.tenant_id"
            + "   AND c.credential_id = e.credential_id AND c.claimed_at IS NOT NULL)),"
            + " count(*) FILTER (WHERE e.shared_at IS NOT NULL),"
            + " count(*) FILTER (WHERE e.withdrawn_at IS NOT NULL),"
            + " count(*) FILTER (WHERE e.expired_at IS NOT NULL),"
            + " count(*) FILTER (WHERE e.denied_at IS NOT NULL)"
            + " FROM analytics_enrolment e WHERE " + Cohort.CONDITION;

    /** Judged attempts (an assessor's decision on a submission) with their catalogue target in days. */
    private static final String JUDGED = "SELECT a.submitted_at, a.decided_at,"
            + " COALESCE(ach.feedback_target_days, 14) AS target, a.enrolment_id"
            + " FROM analytics_attempt a JOIN analytics_enrolment e"
            + "   ON e.tenant_id = a.tenant_id AND e.enrolment_id = a.enrolment_id"
            + " LEFT JOIN achievement ach ON ach.tenant_id = e.tenant_id AND ach.id = e.achievement_id"
            + "   AND ach.version = e.achievement_version"
            + " WHERE " + Cohort.CONDITION + " AND a.basis = 'rubric'"
            + " AND a.submitted_at IS NOT NULL AND a.decided_at IS NOT NULL";

    /** count, p50 and p90 in seconds, how many over their version's target. */
    static final String TIME_TO_DECISION = "WITH j AS (" + JUDGED + ")"
            + " SELECT count(*),"
            + " percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM j.decided_at - j.submitted_at)),"
            + " percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM j.decided_at - j.submitted_at)),"
            + " count(*) FILTER (WHERE j.decided_at - j.submitted_at > make_interval(days => j.target))"
            + " FROM j";

    /** Per enrolment: its first judged submission to its first decision. */
    static final String TIME_TO_FIRST_FEEDBACK = "WITH j AS (" + JUDGED + "),"
            + " f AS (SELECT min(j.submitted_at) AS first_submitted, min(j.decided_at) AS first_decided,"
            + "   min(j.target) AS target FROM j GROUP BY j.enrolment_id)"
            + " SELECT count(*),"
            + " percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM f.first_decided - f.first_submitted)),"
            + " percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM f.first_decided - f.first_submitted)),"
            + " count(*) FILTER (WHERE f.first_decided - f.first_submitted > make_interval(days => f.target))"
            + " FROM f";

    /** decisions, award, revise, deny, second-marked, agreed, disagreed. */
    static final String DECISIONS = "SELECT count(*),"
            + " count(*) FILTER (WHERE a.decision = 'AWARD'),"
            + " count(*) FILTER (WHERE a.decision = 'REVISE'),"
            + " count(*) FILTER (WHERE a.decision = 'DENY'),"
            + " count(*) FILTER (WHERE a.second_marked),"
            + " count(*) FILTER (WHERE a.second_marked AND a.markers_agreed),"
            + " count(*) FILTER (WHERE a.second_marked AND NOT a.markers_agreed)"
            + " FROM analytics_attempt a JOIN analytics_enrolment e"
            + "   ON e.tenant_id = a.tenant_id AND e.enrolment_id = a.enrolment_id"
            + " WHERE " + Cohort.CONDITION + " AND a.decision IS NOT NULL";

    /** awards, mean attempt of the award. */
    static final String ATTEMPTS_PER_AWARD = "SELECT count(e.award_attempt), avg(e.award_attempt)"
            + " FROM analytics_enrolment e WHERE " + Cohort.CONDITION;

    /** version, criterion, level, how many decisions scored it there. */
    static final String LEVELS = "SELECT e.achievement_version, s->>'criterionId', s->>'levelId', count(*)"
            + " FROM analytics_attempt a JOIN analytics_enrolment e"
            + "   ON e.tenant_id = a.tenant_id AND e.enrolment_id = a.enrolment_id"
            + " CROSS JOIN LATERAL jsonb_array_elements(COALESCE(a.scores, '[]'::jsonb)) s"
            + " WHERE " + Cohort.CONDITION + " AND a.decision IS NOT NULL"
            + " GROUP BY 1, 2, 3";

    /** share links, distinct credentials shared, openings of their pages. */
    static final String CREDENTIAL_USE = "SELECT count(s.share_id), count(DISTINCT s.credential_id),"
            + " COALESCE(sum(s.open_count), 0)"
            + " FROM analytics_share s JOIN analytics_enrolment e"
            + "   ON e.tenant_id = s.tenant_id AND e.enrolment_id = s.enrolment_id"
            + " WHERE " + Cohort.CONDITION;

    public Uni<Object[]> credentialUse(Cohort cohort) {
        return single(CREDENTIAL_USE, cohort);
    }

    public Uni<Object[]> funnel(Cohort cohort) {
        return single(FUNNEL, cohort);
    }

    public Uni<Object[]> timeToDecision(Cohort cohort) {
        return single(TIME_TO_DECISION, cohort);
    }

    public Uni<Object[]> timeToFirstFeedback(Cohort cohort) {
        return single(TIME_TO_FIRST_FEEDBACK, cohort);
    }

    public Uni<Object[]> decisions(Cohort cohort) {
        return single(DECISIONS, cohort);
    }

    public Uni<Object[]> attemptsPerAward(Cohort cohort) {
        return single(ATTEMPTS_PER_AWARD, cohort);
    }

    public Uni<List<Object[]>> levels(Cohort cohort) {
        return Panache.getSession().chain(session -> bind(session.<Object[]>createNativeQuery(LEVELS), cohort)
                .getResultList());
    }

    private static Uni<Object[]> single(String sql, Cohort cohort) {
        return Panache.getSession().chain(session -> bind(session.<Object[]>createNativeQuery(sql), cohort)
                .getSingleResult());
    }

    private static <T> Mutiny.SelectionQuery<T> bind(Mutiny.SelectionQuery<T> query, Cohort cohort) {
        return query.setParameter("tenant", cohort.tenantId())
                .setParameter("achievement", cohort.achievementId())
                .setParameter("version", cohort.version())
                .setParameter("from", cohort.from())
                .setParameter("to", cohort.to());
    }
}
