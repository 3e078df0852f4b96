package org.microcred.enrolment.governance.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.microcred.enrolment.VersionLifecycle;
import org.microcred.enrolment.VersionedDefinition;
import org.microcred.enrolment.governance.Actor;
import org.microcred.enrolment.governance.ReviewStep;
import org.microcred.enrolment.governance.repository.GovernanceSettings;
import org.microcred.enrolment.governance.repository.ReviewSteps;
import org.microcred.events.EventPayload;
import org.microcred.events.catalogue.VersionApproved;
import org.microcred.events.catalogue.VersionRejected;
import org.microcred.events.catalogue.VersionRetired;
import org.microcred.events.catalogue.VersionSubmitted;
import org.microcred.events.catalogue.VersionWithdrawn;
import org.microcred.support.outbox.Outbox;

/**
 * The review side of the version lifecycle, the same for micro-credentials and pathways: whether the tenant wants
 * approval before publication, and each transition written as a step of the version's history with its event in the
 * outbox, inside the caller's transaction (the state change, the step and the event commit together).
 */
@ApplicationScoped
public class VersionReviews {

    private final ReviewSteps steps;
    private final GovernanceSettings settings;
    private final Outbox outbox;

    public VersionReviews(ReviewSteps steps, GovernanceSettings settings, Outbox outbox) {
        this.steps = steps;
        this.settings = settings;
        this.outbox = outbox;
    }

    /** Whether the tenant's versions are published only once a release-manager approved them (default: yes). */
    public Uni<Boolean> approvalRequired(String tenantId) {
        return settings.publicationApproval(tenantId);
    }

    /**
     * Records a transition of {@code version}: a step of its history and, but for a direct publication (which has the
     * catalogue's own event), its {@code catalogue.version.*} event keyed {@code <kind>:<id>}.
     */
    public Uni<Void> record(VersionLifecycle lifecycle, VersionedDefinition version, ReviewStep.Action action,
            Actor actor, String comment, Instant at) {
        ReviewStep step = new ReviewStep();
        step.id = UUID.randomUUID();
        step.tenantId = version.tenantId;
        step.kind = lifecycle.kind();
        step.definitionId = version.definitionId();
        step.version = version.versionNumber();
        step.action = action;
        step.actorId = actor.userId();
        step.actorRole = actor.role();
        step.comment = comment;
        step.occurredAt = at;
        EventPayload event = event(step, version.definitionName());
        String key = step.kind + ":" + step.definitionId;
        Uni<?> stored = steps.persist(step);
        return event == null ? stored.replaceWithVoid()
                : stored.chain(() -> outbox.add(step.tenantId, key, key, event)).replaceWithVoid();
    }

    /** One version's history, oldest first. */
    @WithSession
    public Uni<List<ReviewStep>> history(String tenantId, String kind, UUID definitionId, int version) {
        return steps.of(tenantId, kind, definitionId, version);
    }

    private static EventPayload event(ReviewStep s, String name) {
        return switch (s.action) {
            case SUBMITTED -> new VersionSubmitted(s.kind, s.definitionId, s.version, name, s.actorId, s.actorRole,
                    s.comment, s.occurredAt);
            case WITHDRAWN -> new VersionWithdrawn(s.kind, s.definitionId, s.version, name, s.actorId, s.actorRole,
                    s.comment, s.occurredAt);
            case APPROVED -> new VersionApproved(s.kind, s.definitionId, s.version, name, s.actorId, s.actorRole,
                    s.comment, s.occurredAt);
            case REJECTED -> new VersionRejected(s.kind, s.definitionId, s.version, name, s.actorId, s.actorRole,
                    s.comment, s.occurredAt);
            case RETIRED -> new VersionRetired(s.kind, s.definitionId, s.version, name, s.actorId, s.actorRole,
                    s.comment, s.occurredAt);
            case PUBLISHED -> null;
        };
    }
}
