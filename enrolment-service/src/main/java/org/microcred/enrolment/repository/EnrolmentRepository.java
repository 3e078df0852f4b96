package org.microcred.enrolment.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.microcred.enrolment.Enrolment;
import org.microcred.enrolment.EnrolmentRef;
import org.microcred.events.enrolment.EnrolmentStatus;

/** Enrolments; every finder the API uses is scoped by tenant. */
@ApplicationScoped
public class EnrolmentRepository implements PanacheRepositoryBase<Enrolment, UUID> {

    private static final List<EnrolmentStatus> CLOSED =
            List.of(EnrolmentStatus.WITHDRAWN, EnrolmentStatus.EXPIRED, EnrolmentStatus.DECLINED);
    private static final List<EnrolmentStatus> HOLDING_PLACE =
            List.of(EnrolmentStatus.ACTIVE, EnrolmentStatus.PENDING_CONFIRMATION);
    private static final Sort ARRIVAL = Sort.by("enrolledAt").and("id");

    /** An enrolment that may be due to expire, with what its seat lock needs. */
    public record ExpiryCandidate(UUID id, String tenantId, UUID achievementId) {
    }

    // A coarse filter mirroring ExpiryRule, so an expiry pass reads only likely candidates.
    private static final String CANDIDATES = "SELECT e.id, e.tenant_id, e.achievement_id FROM enrolment e"
            + " JOIN journey j ON j.enrolment_id = e.id"
            + " WHERE e.status = 'ACTIVE' AND j.stage NOT IN ('SUBMITTED', 'IN_REVIEW', 'AWARDED', 'ISSUED', 'SHARED')"
            + " AND ((e.inactivity_expiry_days IS NOT NULL"
            + "       AND e.last_activity_at + make_interval(days => e.inactivity_expiry_days) < :now)"
            + "   OR (e.activity_ends_at IS NOT NULL AND e.activity_ends_at < :now))"
            + " ORDER BY e.last_activity_at LIMIT :limit";
    private static final String LOCK_ROW = "SELECT * FROM enrolment WHERE id = :id FOR UPDATE SKIP LOCKED";

    /** The earner's open enrolment in the micro-credential (at most one), or null. */
    public Uni<Enrolment> findOpen(String tenantId, String earnerId, UUID achievementId) {
        return find("tenantId = ?1 and earnerId = ?2 and achievementId = ?3 and status not in ?4",
                tenantId, earnerId, achievementId, CLOSED).firstResult();
    }

    /**
     * The account (user id) that enrolled in the tenant with this email, most recent first, or null; stand-in ids of
     * learners without an account are not accounts.
     */
    public Uni<String> accountWithEmail(String tenantId, String email) {
        return getSession().chain(session -> session.createSelectionQuery(
                        "select earnerId from Enrolment where tenantId = ?1 and lower(earnerEmail) = lower(?2)"
                                + " and earnerId not like 'unclaimed:%' order by enrolledAt desc", String.class)
                .setParameter(1, tenantId).setParameter(2, email).setMaxResults(1).getSingleResultOrNull());
    }

    /** The email of the earner's most recent enrolment in the tenant that has one, or null. */
    public Uni<String> emailOf(String tenantId, String earnerId) {
        return getSession().chain(session -> session.createSelectionQuery(
                        "select earnerEmail from Enrolment where tenantId = ?1 and earnerId = ?2"
                                + " and earnerEmail is not null order by enrolledAt desc", String.class)
                .setParameter(1, tenantId).setParameter(2, earnerId).setMaxResults(1).getSingleResultOrNull());
    }

    public Uni<Enrolment> findInTenant(String tenantId, UUID id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResult();
    }

    /**
     * Loads the row locked for update: status changes and the projector serialise on it. Call it
     * before anything else loads this enrolment in the session (a loaded copy is not re-read).
     */
    public Uni<Enrolment> lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Uni<List<Enrolment>> listForEarner(String tenantId, String earnerId, EnrolmentStatus status, int offset,
            int limit) {
        return earnerQuery(tenantId, earnerId, status, Sort.by("enrolledAt", Sort.Direction.Descending).and("id"))
                .range(offset, offset + limit - 1).list();
    }

    public Uni<Long> countForEarner(String tenantId, String earnerId, EnrolmentStatus status) {
        return earnerQuery(tenantId, earnerId, status, null).count();
    }

    /** The roster of a micro-credential in arrival order (the waiting list's order too). */
    public Uni<List<Enrolment>> roster(String tenantId, UUID achievementId, EnrolmentStatus status, int offset,
            int limit) {
        return rosterQuery(tenantId, achievementId, status, ARRIVAL).range(offset, offset + limit - 1).list();
    }

    public Uni<Long> countRoster(String tenantId, UUID achievementId, EnrolmentStatus status) {
        return rosterQuery(tenantId, achievementId, status, null).count();
    }

    /** Places taken: ACTIVE and PENDING_CONFIRMATION enrolments of every version. */
    public Uni<Long> countHoldingPlace(UUID achievementId) {
        return count("achievementId = ?1 and status in ?2", achievementId, HOLDING_PLACE);
    }

    public Uni<Long> countWaitlisted(UUID achievementId) {
        return count("achievementId = ?1 and status = ?2", achievementId, EnrolmentStatus.WAITLISTED);
    }

    /** Who the enrolment belongs to (null when none), without loading it into the session. */
    public Uni<EnrolmentRef> ref(UUID id) {
        return getSession().chain(session -> session.createSelectionQuery(
                        "select new org.microcred.enrolment.EnrolmentRef(id, tenantId, achievementId, earnerId)"
                                + " from Enrolment where id = ?1", EnrolmentRef.class)
                .setParameter(1, id)
                .getSingleResultOrNull());
    }

    /** The earner's newest enrolment in the micro-credential, locked for update, or null. */
    public Uni<Enrolment> lockLatest(String tenantId, String earnerId, UUID achievementId) {
        return find("tenantId = ?1 and earnerId = ?2 and achievementId = ?3",
                Sort.by("enrolledAt", Sort.Direction.Descending), tenantId, earnerId, achievementId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** The oldest waitlisted enrolments, locked, in arrival order. */
    public Uni<List<Enrolment>> oldestWaitlisted(UUID achievementId, int limit) {
        return find("achievementId = ?1 and status = ?2", ARRIVAL, achievementId, EnrolmentStatus.WAITLISTED)
                .withLock(LockModeType.PESSIMISTIC_WRITE).page(Page.ofSize(limit)).list();
    }

    /** 1 for the first in line. */
    public Uni<Long> waitlistPosition(Enrolment e) {
        return count("achievementId = :a and status = :s and (enrolledAt < :t or (enrolledAt = :t and id <= :id))",
                Parameters.with("a", e.achievementId).and("s", EnrolmentStatus.WAITLISTED).and("t", e.enrolledAt)
                        .and("id", e.id));
    }

    /** Journey activity: moves the last sign of life forward (never back: events arrive in any order). */
    public Uni<Integer> touch(UUID id, Instant at) {
        return update("lastActivityAt = ?2 where id = ?1 and lastActivityAt < ?2", id, at);
    }

    private io.quarkus.hibernate.reactive.panache.PanacheQuery<Enrolment> earnerQuery(String tenantId,
            String earnerId, EnrolmentStatus status, Sort sort) {
        String query = "tenantId = ?1 and earnerId = ?2" + (status != null ? " and status = ?3" : "");
        Object[] params = status != null ? new Object[] {tenantId, earnerId, status} : new Object[] {tenantId, earnerId};
        return sort != null ? find(query, sort, params) : find(query, params);
    }

    private io.quarkus.hibernate.reactive.panache.PanacheQuery<Enrolment> rosterQuery(String tenantId,
            UUID achievementId, EnrolmentStatus status, Sort sort) {
        String query = "tenantId = ?1 and achievementId = ?2" + (status != null ? " and status = ?3" : "");
        Object[] params = status != null ? new Object[] {tenantId, achievementId, status}
                : new Object[] {tenantId, achievementId};
        return sort != null ? find(query, sort, params) : find(query, params);
    }

    /** Up to {@code limit} ACTIVE enrolments that may be due to expire at {@code now}, least recently active first. */
    public Uni<List<ExpiryCandidate>> expiryCandidates(Instant now, int limit) {
        return getSession().chain(session -> session.<Object[]>createNativeQuery(CANDIDATES)
                        .setParameter("now", now)
                        .setParameter("limit", limit)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(row -> new ExpiryCandidate((UUID) row[0], (String) row[1], (UUID) row[2])).toList());
    }

    /**
     * The enrolment locked for this transaction ({@code FOR UPDATE SKIP LOCKED}); null when another transaction
     * holds it (it is being changed now) or it is gone.
     */
    public Uni<Enrolment> lockUnlessTaken(UUID id) {
        return getSession().chain(session -> session.createNativeQuery(LOCK_ROW, Enrolment.class)
                        .setParameter("id", id)
                        .getResultList())
                .map(rows -> rows.isEmpty() ? null : rows.get(0));
    }
}
