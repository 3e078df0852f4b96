package org.microcred.enrolment.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.microcred.enrolment.Enrolment;
import org.microcred.enrolment.EnrolmentRef;
import org.microcred.enrolment.repository.EnrolmentRepository;
import org.microcred.events.enrolment.EnrolmentStatus;
import org.microcred.support.audit.AuditActors;
import org.microcred.support.audit.AuditState;
import org.microcred.support.audit.AuditTrail;
import org.microcred.support.problem.ProblemException;

/**
 * The status changes people ask for: an earner withdraws; staff confirm or decline. Each runs with
 * the micro-credential's seat lock, and a freed place goes to the oldest waitlisted enrolment.
 */
@ApplicationScoped
public class EnrolmentStatusService {

    private final EnrolmentRepository enrolments;
    private final EnrolmentTransitions transitions;
    private final Seats seats;
    private final AuditTrail audit;
    private final AuditActors actors;

    public EnrolmentStatusService(EnrolmentRepository enrolments, EnrolmentTransitions transitions, Seats seats,
            AuditTrail audit, AuditActors actors) {
        this.enrolments = enrolments;
        this.transitions = transitions;
        this.seats = seats;
        this.audit = audit;
        this.actors = actors;
    }

    /** The earner leaves. Withdrawing again answers the withdrawn enrolment. */
    @WithTransaction
    public Uni<Enrolment> withdraw(String tenantId, String earnerId, UUID id, String reason) {
        return locked(tenantId, id, ref -> earnerId.equals(ref.earnerId()), e -> {
            if (e.status == EnrolmentStatus.WITHDRAWN) {
                return Uni.createFrom().item(e);
            }
            if (e.status.isClosed() || e.status == EnrolmentStatus.COMPLETED) {
                throw notNow(e, "withdrawn");
            }
            return changeAndRelease(e, EnrolmentStatus.WITHDRAWN, reason);
        });
    }

    /** Staff confirm a pending enrolment: it becomes ACTIVE (its place was already counted). */
    @WithTransaction
    public Uni<Enrolment> confirm(String tenantId, UUID id, String reason) {
        return locked(tenantId, id, ref -> true, e -> {
            if (e.status == EnrolmentStatus.ACTIVE) {
                return Uni.createFrom().item(e); // confirmed already: a retried request changes nothing
            }
            if (e.status != EnrolmentStatus.PENDING_CONFIRMATION) {
                throw notNow(e, "confirmed");
            }
            EnrolmentStatus before = e.status;
            return transitions.change(e, EnrolmentStatus.ACTIVE, reason, Instant.now())
                    .call(changed -> audited("enrolment.confirmed", changed, before, reason));
        });
    }

    /** Staff decline a pending (or waitlisted) enrolment; a pending one frees its place. */
    @WithTransaction
    public Uni<Enrolment> decline(String tenantId, UUID id, String reason) {
        return locked(tenantId, id, ref -> true, e -> {
            if (e.status == EnrolmentStatus.DECLINED) {
                return Uni.createFrom().item(e);
            }
            if (!Set.of(EnrolmentStatus.PENDING_CONFIRMATION, EnrolmentStatus.WAITLISTED).contains(e.status)) {
                throw notNow(e, "declined");
            }
            EnrolmentStatus before = e.status;
            return changeAndRelease(e, EnrolmentStatus.DECLINED, reason)
                    .call(changed -> audited("enrolment.declined", changed, before, reason));
        });
    }

    /**
     * A credential was issued for the enrolment: it is COMPLETED and its place is free. Runs in the
     * consumer's transaction; a redelivery finds it completed and changes nothing.
     */
    public Uni<Enrolment> complete(EnrolmentRef ref) {
        return seats.lock(ref.tenantId(), ref.achievementId())
                .chain(() -> enrolments.lock(ref.id()))
                .chain(e -> e.status == EnrolmentStatus.COMPLETED ? Uni.createFrom().item(e)
                        : changeAndRelease(e, EnrolmentStatus.COMPLETED, "Credential issued"));
    }

    /** Moves the enrolment and, when it held a place, gives the place to the next in line. */
    public Uni<Enrolment> changeAndRelease(Enrolment e, EnrolmentStatus to, String reason) {
        Instant now = Instant.now();
        boolean freesPlace = e.holdsPlace();
        return transitions.change(e, to, reason, now)
                .call(changed -> freesPlace ? seats.release(e.tenantId, e.achievementId, e.achievementVersion, now)
                        : Uni.createFrom().voidItem());
    }

    /**
     * Finds the enrolment in the tenant (404 unless {@code visible}), then takes the seat lock and
     * the row lock in that order and loads it, so the change sees the latest state.
     */
    private Uni<Enrolment> locked(String tenantId, UUID id, Predicate<EnrolmentRef> visible,
            Function<Enrolment, Uni<Enrolment>> change) {
        return enrolments.ref(id)
                .invoke(ref -> {
                    if (ref == null || !ref.tenantId().equals(tenantId) || !visible.test(ref)) {
                        throw ProblemException.notFound("Enrolment", id);
                    }
                })
                .call(ref -> seats.lock(tenantId, ref.achievementId()))
                .chain(() -> enrolments.lock(id))
                .chain(e -> change.apply(e));
    }

    /** A staff decision on an enrolment, in the audit trail: the status before and after, the reason given. */
    private Uni<?> audited(String action, Enrolment e, EnrolmentStatus before, String reason) {
        return audit.record(actors.caller(), e.tenantId, action, "enrolment", e.id.toString(),
                AuditState.of("status", before),
                AuditState.of("status", e.status, "reason", reason, "earnerId", e.earnerId, "achievementId",
                        e.achievementId, "achievementVersion", e.achievementVersion));
    }

    private static ProblemException notNow(Enrolment e, String what) {
        return ProblemException.conflict("enrolment-status",
                "Enrolment " + e.id + " is " + e.status + ": it cannot be " + what);
    }
}
