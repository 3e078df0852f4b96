package org.microcred.enrolment.governance.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import org.microcred.enrolment.VersionLifecycle;
import org.microcred.enrolment.VersionedDefinition;
import org.microcred.enrolment.governance.ReviewStep.Action;
import org.microcred.support.audit.AuditActors;
import org.microcred.support.audit.AuditState;
import org.microcred.support.audit.AuditTrail;

/**
 * The audit records of the catalogue (docs/audit-trail.md, "Actions recorded (enrolment-service)"), micro-credentials
 * and pathways alike: object type {@code achievement} or {@code pathway}, the definition's id, the version and its
 * state before and after. Called in the change's transaction, in a request (the actor is the caller).
 */
@ApplicationScoped
public class CatalogueAudit {

    private final AuditTrail audit;
    private final AuditActors actors;

    public CatalogueAudit(AuditTrail audit, AuditActors actors) {
        this.audit = audit;
        this.actors = actors;
    }

    /**
     * A review step: {@code <kind>.version.submitted}, {@code .withdrawn}, {@code .approved}, {@code .rejected},
     * {@code .published} (at once, gate off), {@code .retired}. An approval or rejection names the author (who
     * created the draft), the submitter and the reviewer.
     */
    public Uni<Void> reviewed(VersionLifecycle lifecycle, VersionedDefinition version, Action step, String comment,
            String stateBefore) {
        ObjectNode before = AuditState.of("version", version.versionNumber(), "state", stateBefore);
        ObjectNode after = AuditState.of("version", version.versionNumber(), "state", version.state());
        if (step == Action.APPROVED || step == Action.REJECTED) {
            before.setAll(AuditState.of("author", version.createdBy, "submittedBy", version.submittedBy,
                    "submittedAt", version.submittedAt));
            after.setAll(AuditState.of("author", version.createdBy, "reviewer", actors.caller().id()));
        }
        if (comment != null) {
            after.put("comment", comment);
        }
        return record(lifecycle, version, "version." + step.name().toLowerCase(Locale.ROOT), before, after);
    }

    /** A new draft: the first version ({@code <kind>.draft.created}) or the next one ({@code .version.created}). */
    public Uni<Void> draftCreated(VersionLifecycle lifecycle, VersionedDefinition draft, ObjectNode content) {
        String action = draft.versionNumber() == 1 ? "draft.created" : "version.created";
        return record(lifecycle, draft, action, null, summary(draft).setAll(content));
    }

    /** A draft's content replaced ({@code <kind>.draft.changed}): {@code before} as it was, {@code after} as it is. */
    public Uni<Void> draftChanged(VersionLifecycle lifecycle, VersionedDefinition draft, ObjectNode before,
            ObjectNode content) {
        return record(lifecycle, draft, "draft.changed", before, summary(draft).setAll(content));
    }

    /** A version's image uploaded ({@code <kind>.image.changed}). */
    public Uni<Void> imageChanged(VersionLifecycle lifecycle, VersionedDefinition version, String imageBefore,
            String imageAfter) {
        return record(lifecycle, version, "image.changed",
                AuditState.of("version", version.versionNumber(), "imageUrl", imageBefore),
                AuditState.of("version", version.versionNumber(), "imageUrl", imageAfter));
    }

    /** What every catalogue record states of a version: its number, state and name. */
    public static ObjectNode summary(VersionedDefinition version) {
        return AuditState.of("version", version.versionNumber(), "state", version.state(), "name",
                version.definitionName());
    }

    private Uni<Void> record(VersionLifecycle lifecycle, VersionedDefinition version, String what, ObjectNode before,
            ObjectNode after) {
        return audit.record(actors.caller(), version.tenantId, lifecycle.kind() + "." + what, lifecycle.kind(),
                version.definitionId().toString(), before, after).replaceWithVoid();
    }
}
