package org.microcred.wallet.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.microcred.events.EventEnvelope;
import org.microcred.events.MalformedEventException;
import org.microcred.events.issuance.CredentialStatusChanged;
import org.microcred.wallet.CredentialStatus;
import org.microcred.wallet.repository.CredentialStatusRepository;

/** Keeps each credential's status as issuance announces it: revoked, suspended, reinstated. */
@ApplicationScoped
public class StatusService {

    private static final Logger LOG = Logger.getLogger(StatusService.class);

    private final CredentialStatusRepository statuses;

    public StatusService(CredentialStatusRepository statuses) {
        this.statuses = statuses;
    }

    /**
     * Applies a change inside the consumer's transaction. The consumer already skips a redelivered
     * event; a change older than the one held (a late copy re-sent under a new id) changes nothing.
     */
    public Uni<Void> apply(EventEnvelope<?> event, CredentialStatusChanged changed) {
        CredentialStatus.Status status = statusOf(changed);
        return statuses.lock(changed.credentialId()).chain(existing -> {
            if (existing != null) {
                if (!existing.tenantId.equals(event.tenantId())) {
                    LOG.warnf("Status of credential %s announced by another tenant (event %s): ignored",
                            changed.credentialId(), event.eventId());
                    return Uni.createFrom().voidItem();
                }
                existing.apply(status, changed.reason(), changed.changedBy(), changed.changedAt());
                return Uni.createFrom().voidItem();
            }
            CredentialStatus created = new CredentialStatus();
            created.credentialId = changed.credentialId();
            created.tenantId = event.tenantId();
            created.earnerId = changed.earnerId();
            created.apply(status, changed.reason(), changed.changedBy(), changed.changedAt());
            return statuses.persist(created).replaceWithVoid();
        });
    }

    private static CredentialStatus.Status statusOf(CredentialStatusChanged changed) {
        if (changed.credentialId() == null || changed.earnerId() == null || changed.changedAt() == null
                || changed.status() == null) {
            throw new MalformedEventException("credential.status.changed without credentialId, earnerId, "
                    + "status or changedAt");
        }
        try {
            return CredentialStatus.Status.valueOf(changed.status());
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("credential.status.changed with an unknown status: "
                    + changed.status());
        }
    }
}
