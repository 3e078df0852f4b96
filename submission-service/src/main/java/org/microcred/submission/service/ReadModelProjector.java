package org.microcred.submission.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.catalogue.AchievementPublished;
import org.microcred.events.enrolment.EnrolmentCreated;
import org.microcred.submission.AchievementPrompts;
import org.microcred.submission.Enrolment;
import org.microcred.submission.repository.AchievementPromptsRepository;
import org.microcred.submission.repository.EnrolmentRepository;

/**
 * Keeps the local copies of what submissions need from other stages: each published
 * achievement version's prompts and each enrolment. Both are written once and never change, so
 * a replay of either event (or the compacted catalogue read again) leaves the rows as they are.
 * Neither waits for the other: an enrolment may arrive before its micro-credential.
 */
@ApplicationScoped
public class ReadModelProjector {

    private static final Logger LOG = Logger.getLogger(ReadModelProjector.class);

    private final AchievementPromptsRepository prompts;
    private final EnrolmentRepository enrolments;

    public ReadModelProjector(AchievementPromptsRepository prompts, EnrolmentRepository enrolments) {
        this.prompts = prompts;
        this.enrolments = enrolments;
    }

    public Uni<Void> apply(EventEnvelope<EventPayload> event) {
        if (event.payload() instanceof AchievementPublished published) {
            return keep(event.tenantId(), published);
        }
        if (event.payload() instanceof EnrolmentCreated created) {
            return keep(event.tenantId(), created);
        }
        return Uni.createFrom().voidItem(); // other events of these topics are not ours to follow
    }

    private Uni<Void> keep(String tenantId, AchievementPublished published) {
        return prompts.findVersion(published.achievementId(), published.version()).chain(existing -> {
            if (existing != null) {
                warnIfOtherTenant(existing.tenantId, tenantId, "Achievement", published.achievementId());
                return Uni.createFrom().voidItem();
            }
            AchievementPrompts row = new AchievementPrompts();
            row.achievementId = published.achievementId();
            row.version = published.version();
            row.tenantId = tenantId;
            row.evidencePrompts = published.evidencePrompts() == null ? List.of() : published.evidencePrompts();
            row.publishedAt = published.publishedAt();
            return prompts.persist(row).replaceWithVoid();
        });
    }

    private Uni<Void> keep(String tenantId, EnrolmentCreated created) {
        return enrolments.findById(created.enrolmentId()).chain(existing -> {
            if (existing != null) {
                warnIfOtherTenant(existing.tenantId, tenantId, "Enrolment", created.enrolmentId());
                return Uni.createFrom().voidItem();
            }
            Enrolment row = new Enrolment();
            row.id = created.enrolmentId();
            row.tenantId = tenantId;
            row.earnerId = created.earnerId();
            row.earnerEmail = created.earnerEmail();
            row.earnerName = created.earnerName();
            row.achievementId = created.achievementId();
            row.achievementVersion = created.achievementVersion();
            row.enrolledAt = created.enrolledAt();
            return enrolments.persist(row).replaceWithVoid();
        });
    }

    private static void warnIfOtherTenant(String kept, String arriving, String what, Object id) {
        if (!kept.equals(arriving)) {
            LOG.warnf("%s %s arrived for tenant %s but is kept for %s; ignored", what, id, arriving, kept);
        }
    }
}
