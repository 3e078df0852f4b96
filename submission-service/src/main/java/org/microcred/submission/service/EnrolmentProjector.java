package org.microcred.submission.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.enrolment.EnrolmentCreated;
import org.microcred.events.enrolment.EnrolmentStatusChanged;
import org.microcred.submission.Enrolment;
import org.microcred.submission.repository.EnrolmentRepository;

/**
 * Keeps the local copy of each enrolment and its status. Events may arrive in any order: a status
 * change that comes before its {@code enrolment.created} makes the row (everything but the
 * earner's email and name is in it), and the later {@code enrolment.created} completes it without
 * undoing the newer status. Of two status changes, the one that happened later wins, whatever the
 * order they arrive in. Other events of the enrolment topic are skipped.
 */
@ApplicationScoped
public class EnrolmentProjector {

    private final EnrolmentRepository enrolments;

    public EnrolmentProjector(EnrolmentRepository enrolments) {
        this.enrolments = enrolments;
    }

    public Uni<Void> apply(EventEnvelope<EventPayload> event) {
        if (event.payload() instanceof EnrolmentCreated created) {
            return created(event.tenantId(), created);
        }
        if (event.payload() instanceof EnrolmentStatusChanged changed && changed.status() != null) {
            Instant at = changed.changedAt() != null ? changed.changedAt() : event.occurredAt();
            return statusChanged(event.tenantId(), changed, at);
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> created(String tenantId, EnrolmentCreated created) {
        return enrolments.findById(created.enrolmentId()).chain(existing -> {
            if (existing == null) {
                Enrolment row = identity(tenantId, created.enrolmentId(), created.earnerId(), created.achievementId(),
                        created.achievementVersion());
                row.status = created.effectiveStatus();
                announce(row, created);
                return enrolments.persist(row).replaceWithVoid();
            }
            if (!ReadModels.warnIfOtherTenant(existing.tenantId, tenantId, "Enrolment", created.enrolmentId())
                    && !existing.announced) {
                announce(existing, created); // its status came first and is newer than the created one
            }
            return Uni.createFrom().voidItem();
        });
    }

    private Uni<Void> statusChanged(String tenantId, EnrolmentStatusChanged changed, Instant at) {
        return enrolments.findById(changed.enrolmentId()).chain(existing -> {
            if (existing == null) {
                Enrolment row = identity(tenantId, changed.enrolmentId(), changed.earnerId(), changed.achievementId(),
                        changed.achievementVersion());
                row.status = changed.status();
                row.statusChangedAt = at;
                row.announced = false;
                return enrolments.persist(row).replaceWithVoid();
            }
            boolean stale = existing.statusChangedAt != null && at.isBefore(existing.statusChangedAt);
            if (!ReadModels.warnIfOtherTenant(existing.tenantId, tenantId, "Enrolment", changed.enrolmentId()) && !stale) {
                existing.status = changed.status();
                existing.statusChangedAt = at;
            }
            return Uni.createFrom().voidItem();
        });
    }

    private static Enrolment identity(String tenantId, UUID id, String earnerId,
            UUID achievementId, int achievementVersion) {
        Enrolment row = new Enrolment();
        row.id = id;
        row.tenantId = tenantId;
        row.earnerId = earnerId;
        row.achievementId = achievementId;
        row.achievementVersion = achievementVersion;
        return row;
    }

    private static void announce(Enrolment row, EnrolmentCreated created) {
        row.earnerEmail = created.earnerEmail();
        row.earnerName = created.earnerName();
        row.enrolledAt = created.enrolledAt();
        row.announced = true;
    }
}
