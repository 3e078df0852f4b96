package org.microcred.enrolment.notification.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The enrolments a reminder is due for, with the moment that names its period: for the expiry reminder, when the
 * enrolment expires (the end of the activity period or of the inactivity allowance, as {@code ExpiryRule} counts
 * them); for the nudge, the last activity. A reminder already written for that period is not selected again.
 */
@ApplicationScoped
public class ReminderCandidates {

    /** An enrolment and the moment of its period. */
    public record Candidate(UUID enrolmentId, String tenantId, Instant moment) {

        /** Once per enrolment per kind per period: the period is the moment, to the second. */
        public String sourceKey(String prefix) {
            return prefix + ":" + enrolmentId + ":" + moment.getEpochSecond();
        }
    }

    // A journey waiting on the institution (or awarded) neither expires nor needs a nudge: the earner did their part.
    private static final String EARNER_TURN = "e.status = 'ACTIVE' AND (j.stage IS NULL OR j.stage NOT IN"
            + " ('SUBMITTED', 'IN_REVIEW', 'AWARDED', 'ISSUED', 'SHARED'))";
    private static final String EXPIRES = "LEAST(e.activity_ends_at,"
            + " e.last_activity_at + make_interval(days => e.inactivity_expiry_days))";
    private static final String EXPIRING = "SELECT e.id, e.tenant_id, " + EXPIRES + " AS moment FROM enrolment e"
            + " LEFT JOIN journey j ON j.enrolment_id = e.id WHERE " + EARNER_TURN
            + " AND " + EXPIRES + " > :now AND " + EXPIRES + " <= :horizon"
            + " AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.enrolment_id = e.id AND n.kind = :kind"
            + "   AND n.source_key = :prefix || ':' || e.id || ':' || floor(extract(epoch FROM " + EXPIRES + "))::bigint)"
            + " ORDER BY moment LIMIT :limit";
    private static final String QUIET = "SELECT e.id, e.tenant_id, e.last_activity_at AS moment FROM enrolment e"
            + " LEFT JOIN journey j ON j.enrolment_id = e.id WHERE " + EARNER_TURN
            + " AND e.last_activity_at <= :quietSince"
            + " AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.enrolment_id = e.id AND n.kind = :kind"
            + "   AND n.source_key = :prefix || ':' || e.id || ':' || floor(extract(epoch FROM e.last_activity_at))::bigint)"
            + " ORDER BY e.last_activity_at LIMIT :limit";

    /** ACTIVE enrolments on the earner's turn that expire after {@code now} and by {@code horizon}. */
    public Uni<List<Candidate>> expiring(Instant now, Instant horizon, String kind, String prefix, int limit) {
        return Panache.getSession().chain(session -> session.<Object[]>createNativeQuery(EXPIRING)
                .setParameter("now", now).setParameter("horizon", horizon).setParameter("kind", kind)
                .setParameter("prefix", prefix).setParameter("limit", limit)
                .getResultList())
                .map(ReminderCandidates::candidates);
    }

    /** ACTIVE enrolments on the earner's turn with no activity since {@code quietSince}. */
    public Uni<List<Candidate>> quiet(Instant quietSince, String kind, String prefix, int limit) {
        return Panache.getSession().chain(session -> session.<Object[]>createNativeQuery(QUIET)
                .setParameter("quietSince", quietSince).setParameter("kind", kind)
                .setParameter("prefix", prefix).setParameter("limit", limit)
                .getResultList())
                .map(ReminderCandidates::candidates);
    }

    private static List<Candidate> candidates(List<Object[]> rows) {
        return rows.stream().map(r -> new Candidate((UUID) r[0], (String) r[1], instant(r[2]))).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("not a timestamp: " + value);
    }
}
