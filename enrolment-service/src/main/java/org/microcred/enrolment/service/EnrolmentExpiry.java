package org.microcred.enrolment.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.microcred.enrolment.Enrolment;
import org.microcred.enrolment.ExpiryRule;
import org.microcred.enrolment.repository.EnrolmentRepository;
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

    private final EnrolmentRepository enrolments;
    private final JourneyRepository journeys;
    private final EnrolmentStatusService statuses;
    private final Seats seats;

    public EnrolmentExpiry(EnrolmentRepository enrolments, JourneyRepository journeys, EnrolmentStatusService statuses,
            Seats seats) {
        this.enrolments = enrolments;
        this.journeys = journeys;
        this.statuses = statuses;
        this.seats = seats;
    }

    /** Expires up to {@code limit} due enrolments as of {@code now}; answers how many it expired. */
    public Uni<Integer> expireDue(Instant now, int limit) {
        return Panache.withSession(() -> enrolments.expiryCandidates(now, limit))
                .chain(candidates -> Multi.createFrom().iterable(candidates)
                        .onItem().transformToUniAndConcatenate(c -> expireOne(c.id(), c.tenantId(), c.achievementId(),
                                now))
                        .collect().asList())
                .map(results -> (int) results.stream().filter(Boolean::booleanValue).count());
    }

    private Uni<Boolean> expireOne(UUID id, String tenantId, UUID achievementId, Instant now) {
        return Panache.withTransaction(() -> seats.lock(tenantId, achievementId)
                .chain(() -> enrolments.lockUnlessTaken(id))
                .chain(locked -> locked == null ? Uni.createFrom().item(false) : expireIfDue(locked, now)))
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
