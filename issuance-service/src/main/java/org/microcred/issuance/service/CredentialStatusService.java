package org.microcred.issuance.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.microcred.events.issuance.CredentialStatusChanged;
import org.microcred.issuance.IssuedCredential;
import org.microcred.issuance.StatusChange;
import org.microcred.issuance.metrics.IssuanceMetrics;
import org.microcred.issuance.repository.CredentialRepository;
import org.microcred.support.audit.AuditActor;
import org.microcred.support.audit.AuditState;
import org.microcred.support.audit.AuditTrail;
import org.microcred.support.outbox.Outbox;
import org.microcred.support.problem.ProblemException;
import org.microcred.issuance.keys.service.SigningKeys;

/**
 * Revokes, suspends and reinstates credentials. In one transaction: the credential row is locked
 * (two admins acting on it at once are applied one after the other), its bit is set or cleared
 * and the list re-signed, the status recorded on the credential, and
 * {@code credential.status.changed} written to the outbox, keyed by earner so it reaches the
 * wallet after the credential it is about, and the audit record ({@code credential.revoked}, {@code .suspended},
 * {@code .reinstated}: the status and reason before and after).
 */
@ApplicationScoped
public class CredentialStatusService {

    private static final Logger LOG = Logger.getLogger(CredentialStatusService.class);

    private final CredentialRepository credentials;
    private final SigningKeys signingKeys;
    private final StatusLists statusLists;
    private final Outbox outbox;
    private final IssuanceMetrics metrics;
    private final AuditTrail audit;

    public CredentialStatusService(CredentialRepository credentials, SigningKeys signingKeys, StatusLists statusLists,
            Outbox outbox, IssuanceMetrics metrics, AuditTrail audit) {
        this.audit = audit;
        this.credentials = credentials;
        this.signingKeys = signingKeys;
        this.statusLists = statusLists;
        this.outbox = outbox;
        this.metrics = metrics;
    }

    @WithTransaction
    public Uni<IssuedCredential> change(String tenantId, UUID id, StatusChange change, String reason,
            AuditActor admin) {
        return credentials.lockInTenant(tenantId, id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Credential", id))
                .chain(credential -> {
                    if (!credential.hasStatusEntries()) {
                        throw ProblemException.conflict("no-status-entry", "Credential " + id + " was issued"
                                + " before status lists existed: it has no status entry to change");
                    }
                    change.checkAllowedFrom(credential.status);
                    var before = AuditState.of("status", credential.status, "reason", credential.statusReason);
                    return signingKeys.active(tenantId)
                            .chain(key -> statusLists.change(tenantId, change.purpose(), listOf(credential, change),
                                    indexOf(credential, change), change.bit(), key))
                            .chain(list -> record(credential, change, reason, admin.id()))
                            .call(changed -> audit.record(admin, tenantId, change.auditAction(), "credential",
                                    id.toString(), before, AuditState.of("status", changed.status, "reason", reason)));
                });
    }

    private Uni<IssuedCredential> record(IssuedCredential credential, StatusChange change, String reason,
            String adminId) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        credential.status = change.result();
        credential.statusReason = reason;
        credential.statusChangedBy = adminId;
        credential.statusChangedAt = now;
        CredentialStatusChanged event = new CredentialStatusChanged(credential.id, credential.enrolmentId,
                credential.earnerId, change.result().name(), reason, adminId, now);
        return outbox.add(credential.tenantId, credential.earnerId, credential.earnerId, event)
                .invoke(() -> LOG.infof("Credential %s of %s is now %s (by %s)", credential.id, credential.tenantId,
                        change.result(), adminId))
                .invoke(() -> metrics.statusChanged(credential.tenantId, change.result()))
                .replaceWith(credential);
    }

    private static int listOf(IssuedCredential credential, StatusChange change) {
        return switch (change.purpose()) {
            case REVOCATION -> credential.revocationList;
            case SUSPENSION -> credential.suspensionList;
        };
    }

    private static int indexOf(IssuedCredential credential, StatusChange change) {
        return switch (change.purpose()) {
            case REVOCATION -> credential.revocationIndex;
            case SUSPENSION -> credential.suspensionIndex;
        };
    }
}
