package org.microcred.enrolment.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.microcred.enrolment.Achievement;
import org.microcred.enrolment.repository.AchievementRepository;
import org.microcred.enrolment.repository.EnrolmentRepository;
import org.microcred.events.enrolment.EnrolmentStatus;
import org.microcred.support.persistence.AdvisoryLocks;

/**
 * The places of a micro-credential. Every transaction that takes or frees a place first takes the
 * micro-credential's seat lock (a transaction-scoped advisory lock), so places are counted one
 * transaction after another and concurrent enrolments never exceed the capacity. Lock order,
 * everywhere: seat, then enrolment, then journey.
 */
@ApplicationScoped
public class Seats {

    /** At most this many waitlisted enrolments are promoted by one change: bounded work per request. */
    static final int MAX_PROMOTIONS = 100;

    private final AchievementRepository achievements;
    private final EnrolmentRepository enrolments;
    private final EnrolmentTransitions transitions;

    private final AdvisoryLocks locks;

    public Seats(AchievementRepository achievements, EnrolmentRepository enrolments,
            EnrolmentTransitions transitions, AdvisoryLocks locks) {
        this.locks = locks;
        this.achievements = achievements;
        this.enrolments = enrolments;
        this.transitions = transitions;
    }

    /** Locks the micro-credential's places until the transaction ends. */
    public Uni<Void> lock(String tenantId, UUID achievementId) {
        return locks.lock("enrolment-seats", tenantId, achievementId.toString());
    }

    /** Places left under {@code capacity}; null when unlimited. */
    public Uni<Long> placesLeft(UUID achievementId, Integer capacity) {
        if (capacity == null) {
            return Uni.createFrom().nullItem();
        }
        return enrolments.countHoldingPlace(achievementId).map(taken -> Math.max(0, capacity - taken));
    }

    /**
     * After a place was freed (withdrawal, expiry, decline, completion): promotes the oldest
     * waitlisted enrolments into the free places. Call with the seat lock held.
     */
    public Uni<Integer> release(String tenantId, UUID achievementId, int version, Instant at) {
        return achievements.findCurrentPublished(tenantId, achievementId)
                .chain(current -> current != null ? Uni.createFrom().item(current)
                        : achievements.findVersion(tenantId, achievementId, version))
                .chain(governing -> fill(achievementId, capacityOf(governing), at));
    }

    /** Promotes waitlisted enrolments, oldest first, while there are free places. Seat lock held. */
    public Uni<Integer> fill(UUID achievementId, Integer capacity, Instant at) {
        Uni<Long> free = capacity == null ? Uni.createFrom().item((long) MAX_PROMOTIONS)
                : enrolments.countHoldingPlace(achievementId).map(taken -> capacity - taken);
        return free.chain(places -> places <= 0 ? Uni.createFrom().item(0)
                : enrolments.oldestWaitlisted(achievementId, (int) Math.min(places, MAX_PROMOTIONS))
                        .chain(waiting -> Multi.createFrom().iterable(waiting)
                                .onItem().transformToUniAndConcatenate(e -> transitions.change(e,
                                        e.needsStaffConfirmation() ? EnrolmentStatus.PENDING_CONFIRMATION
                                                : EnrolmentStatus.ACTIVE, null, at))
                                .collect().asList()
                                .map(List::size)));
    }

    private static Integer capacityOf(Achievement version) {
        return version == null ? null : version.capacity;
    }
}
