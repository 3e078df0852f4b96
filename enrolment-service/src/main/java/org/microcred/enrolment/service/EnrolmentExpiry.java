package org.microcred.enrolment.service;

import org.microcred.enrolment.ExpiryRule;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.microcred.enrolment.Enrolment;
import org.microcred.enrolment.repository.JourneyRepository;
import org.microcred.events.enrolment.EnrolmentStatus;

/**
 * Expires the enrolments {@link ExpiryRule} says are due, each in its own short transaction. Safe
 * with several instances: each takes the seat lock, then the enrolment row with
 * {@code FOR UPDATE SKIP LOCKED}, and re-checks the rule on what it locked; the second instance to
 * reach an enrolment finds it expired already (or skips it while another holds it).
 */
@ApplicationScoped
public class EnrolmentExpiry {

    private static final Logger LOG = Logger.getLogger(EnrolmentExpiry.class);

    // A coarse filter mirroring ExpiryRule, so a pass reads only likely candidates.
    private static final String CANDIDATES = "SELECT e.id, e.tenant_id, e.achievement_id FROM enrolment e"
            + " JOIN journey j ON j.enrolment_id = e.id"
            + " WHERE e.status = 'ACTIVE' AND j.stage NOT IN ('SUBMITTED', 'IN_REVIEW', 'AWARDED', 'ISSUED', 'SHARED')"
            + " AND ((e.inactivity_expiry_days IS NOT NULL"
            + "       AND e.last_activity_at + make_interval(days => e.inactivity_expiry_days) < :now)"
            + "   OR (e.activity_ends_at IS NOT NULL AND e.activity_ends_at < :now))"
            + " ORDER BY e.last_activity_at LIMIT :limit";
    private static final String LOCK_ROW = "SELECT * FROM enrolment WHERE id = :id FOR UPDATE SKIP LOCKED";

    private final JourneyRepository journeys;
    private final EnrolmentStatusService statuses;
    private final Seats seats;

    public EnrolmentExpiry(JourneyRepository journeys, EnrolmentStatusService statuses, Seats seats) {
        this.journeys = journeys;
        this.statuses = statuses;
        this.seats = seats;
    }

    /** Expires up to {@code limit} due enrolments as of {@code now}; answers how many it expired. */
    public Uni<Integer> expireDue(Instant now, int limit) {
        return Panache.withSession(() -> Panache.getSession().chain(session -> session
                        .<Object[]>createNativeQuery(CANDIDATES)
                        .setParameter("now", now)
                        .setParameter("limit", limit)
                        .getResultList()))
                .chain(rows -> Multi.createFrom().iterable(rows)
                        .onItem().transformToUniAndConcatenate(row -> expireOne((UUID) row[0], (String) row[1],
                                (UUID) row[2], now))
                        .collect().asList())
                .map(results -> (int) results.stream().filter(Boolean::booleanValue).count());
    }

    private Uni<Boolean> expireOne(UUID id, String tenantId, UUID achievementId, Instant now) {
        return Panache.withTransaction(() -> seats.lock(tenantId, achievementId)
                .chain(() -> Panache.getSession().chain(session -> session
                        .createNativeQuery(LOCK_ROW, Enrolment.class)
                        .setParameter("id", id)
                        .getResultList()))
                .chain(locked -> locked.isEmpty() ? Uni.createFrom().item(false) : expireIfDue(locked.get(0), now)))
                .onFailure().recoverWithItem(failure -> {
                    // One enrolment failing must not stop the others; the next pass retries it.
                    LOG.warnf("Expiring enrolment %s failed: %s", id, failure.toString());
                    return false;
                });
    }

    private Uni<Boolean> expireIfDue(Enrolment enrolment, Instant now) {
        return journeys.lock(enrolment.id).chain(journey -> {
            String reason = ExpiryRule.reason(enrolment, journey == null ? null : journey.stage, now);
            if (reason == null) {
                return Uni.createFrom().item(false);
            }
            return statuses.changeAndRelease(enrolment, EnrolmentStatus.EXPIRED, reason).replaceWith(true);
        });
    }

}
