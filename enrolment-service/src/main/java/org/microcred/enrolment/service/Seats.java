package org.microcred.enrolment.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.microcred.enrolment.Achievement;
import org.microcred.enrolment.repository.AchievementRepository;
import org.microcred.enrolment.repository.EnrolmentRepository;
import org.microcred.events.enrolment.EnrolmentStatus;

/**
 * The places of a micro-credential. Every transaction that takes or frees a place first locks the
 * micro-credential's row in {@code seat_lock}, so places are counted one transaction after another
 * and concurrent enrolments never exceed the capacity. Lock order, everywhere: seat, then
 * enrolment, then journey.
 */
@ApplicationScoped
public class Seats {

    /** At most this many waitlisted enrolments are promoted by one change: bounded work per request. */
    static final int MAX_PROMOTIONS = 100;

    // An upsert takes the row lock whether the row existed or not, in one round trip.
    private static final String LOCK = "INSERT INTO seat_lock (achievement_id, tenant_id) VALUES (:id, :tenant)"
            + " ON CONFLICT (achievement_id) DO UPDATE SET tenant_id = EXCLUDED.tenant_id";

    private final AchievementRepository achievements;
    private final EnrolmentRepository enrolments;
    private final EnrolmentTransitions transitions;

    public Seats(AchievementRepository achievements, EnrolmentRepository enrolments,
            EnrolmentTransitions transitions) {
        this.achievements = achievements;
        this.enrolments = enrolments;
        this.transitions = transitions;
    }

    /** Locks the micro-credential's places until the transaction ends. */
    public Uni<Void> lock(String tenantId, UUID achievementId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(LOCK)
                .setParameter("id", achievementId)
                .setParameter("tenant", tenantId)
                .executeUpdate()).replaceWithVoid();
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
                                .map(java.util.List::size)));
    }

    private static Integer capacityOf(Achievement version) {
        return version == null ? null : version.capacity;
    }
}
