package org.microcred.enrolment.recognition.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.microcred.enrolment.Achievement;
import org.microcred.enrolment.Page;
import org.microcred.enrolment.VersionStatus;
import org.microcred.enrolment.pathway.PathwayRules;
import org.microcred.enrolment.pathway.repository.PathwayRepository;
import org.microcred.enrolment.pathway.service.PathwayProgressService;
import org.microcred.enrolment.recognition.Recognition;
import org.microcred.enrolment.recognition.repository.RecognitionRepository;
import org.microcred.enrolment.repository.AchievementRepository;
import org.microcred.events.enrolment.RecognitionDecided;
import org.microcred.support.audit.AuditActors;
import org.microcred.support.audit.AuditState;
import org.microcred.support.audit.AuditTrail;
import org.microcred.support.outbox.Outbox;
import org.microcred.support.problem.ProblemException;

/**
 * An issuer-admin's decisions on recognition requests. Accepting names the pathway and the micro-credential of its
 * current published version the credential stands for; the credential must be VALID and, by the clock, within its
 * validity when decided. Each decision is audited ({@code recognition.accepted} / {@code .refused}, before and after,
 * the reason) and announced ({@code enrolment.recognition.decided}) in its transaction; an acceptance completes the
 * pathways it now completes. The request's row is locked, so a decision and the wallet's status change meet in turn.
 */
@ApplicationScoped
public class RecognitionDecisions {

    private final RecognitionRepository recognitions;
    private final PathwayRepository pathways;
    private final AchievementRepository achievements;
    private final PathwayProgressService progress;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final AuditActors actors;

    public RecognitionDecisions(RecognitionRepository recognitions, PathwayRepository pathways,
            AchievementRepository achievements, PathwayProgressService progress, Outbox outbox, AuditTrail audit,
            AuditActors actors) {
        this.recognitions = recognitions;
        this.pathways = pathways;
        this.achievements = achievements;
        this.progress = progress;
        this.outbox = outbox;
        this.audit = audit;
        this.actors = actors;
    }

    @WithSession
    public Uni<Page<Recognition>> list(String tenantId, Recognition.Status status, UUID externalCredentialId,
            int limit, int offset) {
        return recognitions.countOf(tenantId, status, externalCredentialId).chain(total -> recognitions
                .page(tenantId, status, externalCredentialId, limit, offset)
                .map(items -> new Page<>(items, total, limit, offset)));
    }

    @WithSession
    public Uni<Recognition> get(String tenantId, UUID id) {
        return recognitions.findInTenant(tenantId, id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("recognition", id));
    }

    @WithTransaction
    public Uni<Recognition> accept(String tenantId, UUID id, UUID pathwayId, UUID componentId, String reason,
            String userId) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return pending(tenantId, id, now).chain(r -> pathways.findCurrentPublished(tenantId, pathwayId).chain(p -> {
            if ("false".equals(r.subjectMatches)) {
                // The wallet found an email identity in it that is not the earner's verified email: someone else's.
                throw ProblemException.conflict("subject-not-earner", "The external credential names someone other"
                        + " than this earner (its email identity is not the earner's verified email): refuse it");
            }
            if (p == null) {
                throw ProblemException.invalid("pathwayId", "no published pathway of the institution with this id");
            }
            if (!PathwayRules.achievements(p.rule).contains(componentId)) {
                throw ProblemException.invalid("componentAchievementId", "not a micro-credential of the pathway's"
                        + " current published version (version " + p.version + ")");
            }
            return achievements.newestIn(tenantId, Set.of(componentId), Set.of(VersionStatus.PUBLISHED,
                    VersionStatus.RETIRED)).chain(found -> {
                        ObjectNode before = state(r);
                        Achievement component = found.get(componentId);
                        r.status = Recognition.Status.ACCEPTED;
                        r.pathwayId = p.id;
                        r.pathwayVersion = p.version;
                        r.componentAchievementId = componentId;
                        r.componentVersion = component == null ? 1 : component.version;
                        r.componentName = component == null ? "Micro-credential " + componentId : component.name;
                        return decided(r, before, reason, userId, now, "recognition.accepted")
                                .chain(() -> progress.evaluateRecognised(tenantId, r.earnerId, componentId))
                                .replaceWith(r);
                    });
        }));
    }

    @WithTransaction
    public Uni<Recognition> refuse(String tenantId, UUID id, String reason, String userId) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return pending(tenantId, id, now).chain(r -> {
            ObjectNode before = state(r);
            r.status = Recognition.Status.REFUSED;
            return decided(r, before, reason, userId, now, "recognition.refused").replaceWith(r);
        });
    }

    /** The request, locked: 404 when not the tenant's; 409 when decided or its credential is not valid now. */
    private Uni<Recognition> pending(String tenantId, UUID id, Instant now) {
        return recognitions.findForUpdate(tenantId, id).map(r -> {
            if (r == null) {
                throw ProblemException.notFound("recognition", id);
            }
            if (r.status == Recognition.Status.ACCEPTED || r.status == Recognition.Status.REFUSED) {
                throw ProblemException.conflict("recognition-decided", "This request was " + r.status
                        + " on " + r.decidedAt);
            }
            if (r.status == Recognition.Status.VOID || !r.credentialValidAt(now)) {
                throw ProblemException.conflict("external-credential-not-valid", notValid(r, now));
            }
            return r;
        });
    }

    private static String notValid(Recognition r, Instant now) {
        if (!Recognition.VALID.equals(r.credentialStatus)) {
            return "The external credential is " + r.credentialStatus + " (the wallet's last check)";
        }
        if (r.validUntil != null && !r.validUntil.isAfter(now)) {
            return "The external credential expired on " + r.validUntil;
        }
        return "The external credential is not valid before " + r.validFrom;
    }

    private Uni<Void> decided(Recognition r, ObjectNode before, String reason, String userId, Instant now,
            String action) {
        r.reason = reason;
        r.decidedBy = userId;
        r.decidedAt = now;
        ObjectNode after = state(r);
        after.put("reason", reason);
        RecognitionDecided event = new RecognitionDecided(r.id, r.externalCredentialId, r.earnerId, r.status.name(),
                r.pathwayId, r.pathwayVersion, r.componentAchievementId, r.componentName, r.issuerId, r.issuerName,
                r.externalAchievementId, r.externalAchievementName, reason, userId, now);
        return recognitions.flush()
                .chain(() -> audit.record(actors.caller(), r.tenantId, action, "recognition", r.id.toString(), before,
                        after))
                .chain(() -> outbox.add(r.tenantId, r.id.toString(), r.externalCredentialId.toString(), event))
                .replaceWithVoid();
    }

    /** What the audit record states of a request: whose, which credential, its standing and the decision. */
    private static ObjectNode state(Recognition r) {
        return AuditState.of("status", r.status, "earnerId", r.earnerId, "externalCredentialId",
                r.externalCredentialId, "issuerId", r.issuerId, "issuerName", r.issuerName, "issuerKnown",
                r.issuerKnown, "externalAchievementId", r.externalAchievementId, "credentialStatus",
                r.credentialStatus, "validUntil", r.validUntil, "pathwayId", r.pathwayId, "pathwayVersion",
                r.pathwayVersion, "componentAchievementId", r.componentAchievementId);
    }
}
