package org.microcred.enrolment.recognition.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.microcred.enrolment.pathway.service.PathwayProgressService;
import org.microcred.enrolment.recognition.Recognition;
import org.microcred.enrolment.recognition.repository.RecognitionRepository;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.wallet.ExternalCredentialStatusChanged;
import org.microcred.events.wallet.ExternalCredentialSubmitted;

/**
 * The wallet's external-credential events onto recognition requests, in the consumer's transaction (once per event):
 * {@code wallet.external-credential.submitted} opens a PENDING request in the earner's tenant (the envelope's; the
 * earner id is their subject, as everywhere here); {@code .status-changed} records the wallet's word: REVOKED,
 * EXPIRED, REMOVED void a pending or accepted recognition for good; SUSPENDED and UNVERIFIED (or anything else but
 * VALID) void it until VALID again, which restores it (an accepted one counts again and is evaluated).
 */
@ApplicationScoped
public class RecognitionInbox {

    private static final Logger LOG = Logger.getLogger(RecognitionInbox.class);

    private final RecognitionRepository recognitions;
    private final PathwayProgressService progress;

    public RecognitionInbox(RecognitionRepository recognitions, PathwayProgressService progress) {
        this.recognitions = recognitions;
        this.progress = progress;
    }

    public Uni<Void> apply(EventEnvelope<EventPayload> event) {
        if (blank(event.tenantId())) {
            return Uni.createFrom().voidItem();
        }
        if (event.payload() instanceof ExternalCredentialSubmitted submitted) {
            return submitted(event.tenantId(), submitted);
        }
        if (event.payload() instanceof ExternalCredentialStatusChanged changed) {
            return changed(event.tenantId(), changed);
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> submitted(String tenantId, ExternalCredentialSubmitted s) {
        if (s.externalCredentialId() == null || blank(s.earnerId())) {
            return Uni.createFrom().voidItem();
        }
        return recognitions.findByExternalForUpdate(tenantId, s.externalCredentialId()).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            Recognition r = new Recognition();
            r.id = UUID.randomUUID();
            r.tenantId = tenantId;
            r.earnerId = s.earnerId();
            r.externalCredentialId = s.externalCredentialId();
            r.format = s.format();
            r.issuerId = s.issuerId();
            r.issuerName = s.issuerName();
            r.issuerKnown = s.issuerKnown();
            r.externalAchievementId = s.achievementId();
            r.externalAchievementName = s.achievementName();
            r.externalAchievementType = s.achievementType();
            r.validFrom = s.validFrom();
            r.validUntil = s.validUntil();
            r.subjectMatches = s.subjectMatches();
            r.submittedAt = s.submittedAt() != null ? s.submittedAt() : Instant.now();
            r.status = Recognition.Status.PENDING;
            // The wallet announces only a credential that verified.
            r.credentialStatus = Recognition.VALID;
            r.credentialStatusAt = r.submittedAt;
            r.createdAt = Instant.now();
            return recognitions.persist(r).replaceWithVoid();
        });
    }

    private Uni<Void> changed(String tenantId, ExternalCredentialStatusChanged c) {
        if (c.externalCredentialId() == null || blank(c.status())) {
            return Uni.createFrom().voidItem();
        }
        return recognitions.findByExternalForUpdate(tenantId, c.externalCredentialId()).chain(r -> {
            if (r == null) {
                LOG.infof("Tenant %s: status %s of external credential %s, of which there is no request", tenantId,
                        c.status(), c.externalCredentialId());
                return Uni.createFrom().voidItem();
            }
            String previous = r.credentialStatus;
            r.credentialStatus = c.status();
            r.credentialStatusReason = c.reason();
            r.credentialStatusAt = c.changedAt() != null ? c.changedAt() : Instant.now();
            if (Recognition.VALID.equals(c.status())) {
                boolean passed = r.status == Recognition.Status.VOID && r.voidFrom != null
                        && !Recognition.FINAL.contains(previous);
                if (!passed) {
                    return Uni.createFrom().voidItem();
                }
                r.status = r.voidFrom;
                r.voidFrom = null;
                return r.status == Recognition.Status.ACCEPTED ? recognitions.flush()
                        .chain(() -> progress.evaluateRecognised(tenantId, r.earnerId, r.componentAchievementId))
                        : Uni.createFrom().voidItem();
            }
            if (r.status == Recognition.Status.PENDING || r.status == Recognition.Status.ACCEPTED) {
                r.voidFrom = r.status;
                r.status = Recognition.Status.VOID;
            }
            return Uni.createFrom().voidItem();
        });
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
