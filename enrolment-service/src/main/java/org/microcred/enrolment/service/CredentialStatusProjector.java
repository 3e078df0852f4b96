package org.microcred.enrolment.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.microcred.enrolment.CredentialStatus;
import org.microcred.enrolment.JourneyStep;
import org.microcred.enrolment.repository.CredentialStatusRepository;
import org.microcred.enrolment.repository.JourneyRepository;
import org.microcred.events.EventEnvelope;
import org.microcred.events.MalformedEventException;
import org.microcred.events.issuance.CredentialStatusChanged;

/**
 * Keeps the status of each credential as issuance announces it (revoked, suspended, reinstated),
 * and notes the change on the journey it ended. Runs in the consumer's transaction: a redelivered
 * event is skipped by the consumer; an older change arriving after a newer one changes nothing;
 * a status arriving before its credential is kept and applies when the credential arrives.
 */
@ApplicationScoped
public class CredentialStatusProjector {

    private static final Logger LOG = Logger.getLogger(CredentialStatusProjector.class);

    private final CredentialStatusRepository statuses;
    private final JourneyRepository journeys;

    public CredentialStatusProjector(CredentialStatusRepository statuses, JourneyRepository journeys) {
        this.statuses = statuses;
        this.journeys = journeys;
    }

    public Uni<Void> apply(EventEnvelope<?> event, CredentialStatusChanged changed) {
        CredentialStatus.Status status = statusOf(changed);
        return statuses.lock(changed.credentialId()).chain(existing -> {
            if (existing != null && !existing.tenantId.equals(event.tenantId())) {
                LOG.warnf("Status of credential %s announced by another tenant (event %s): ignored",
                        changed.credentialId(), event.eventId());
                return Uni.createFrom().voidItem();
            }
            CredentialStatus row = existing != null ? existing : newRow(event, changed);
            row.apply(status, changed.reason(), changed.changedAt());
            Uni<Void> stored = existing != null ? Uni.createFrom().voidItem()
                    : statuses.persist(row).replaceWithVoid();
            return stored.chain(() -> step(event, changed, status));
        });
    }

    /** A line on the journey's timeline (its stage does not move): "Credential revoked: reason". */
    private Uni<Void> step(EventEnvelope<?> event, CredentialStatusChanged changed, CredentialStatus.Status status) {
        if (changed.enrolmentId() == null) {
            return Uni.createFrom().voidItem(); // a pathway's stacked credential: no journey
        }
        return journeys.lock(changed.enrolmentId()).chain(journey -> {
            if (journey == null || !journey.tenantId.equals(event.tenantId())) {
                return Uni.createFrom().voidItem();
            }
            String what = switch (status) {
                case REVOKED -> "revoked";
                case SUSPENDED -> "suspended";
                case ACTIVE -> "reinstated";
            };
            String detail = "Credential " + what + (changed.reason() == null || changed.reason().isBlank() ? ""
                    : ": " + changed.reason().substring(0, Math.min(changed.reason().length(), 500)));
            return journeys.addStep(JourneyStep.of(event.eventId(), journey.enrolmentId, journey.stage,
                    journey.attempt, changed.changedAt(), detail)).replaceWithVoid();
        });
    }

    private static CredentialStatus newRow(EventEnvelope<?> event, CredentialStatusChanged changed) {
        CredentialStatus row = new CredentialStatus();
        row.credentialId = changed.credentialId();
        row.tenantId = event.tenantId();
        row.earnerId = changed.earnerId();
        row.enrolmentId = changed.enrolmentId();
        return row;
    }

    private static CredentialStatus.Status statusOf(CredentialStatusChanged changed) {
        if (changed.credentialId() == null || changed.earnerId() == null || changed.changedAt() == null
                || changed.status() == null) {
            throw new MalformedEventException("credential.status.changed without credentialId, earnerId, status"
                    + " or changedAt");
        }
        try {
            return CredentialStatus.Status.valueOf(changed.status());
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("credential.status.changed with an unknown status: " + changed.status());
        }
    }
}
