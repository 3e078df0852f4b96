package org.microcred.issuance.vcapi;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jboss.logging.Logger;
import org.microcred.issuance.keys.service.SigningKeys;
import org.microcred.issuance.service.StatusLists;
import org.microcred.support.audit.AuditActor;
import org.microcred.support.audit.AuditState;
import org.microcred.support.audit.AuditTrail;
import org.microcred.support.problem.ProblemException;

/**
 * Revokes, suspends and reinstates a credential signed through the VC-API, through the same lists (and the same
 * rules: revocation is final, only a suspended credential is reinstated) as our awards. In one transaction: the
 * record locked, the bit set or cleared and the list re-signed, the status recorded, and the audit record
 * ({@code credential.revoked}, {@code .suspended}, {@code .reinstated} on a {@code vcapi-credential}). No event: no
 * other service holds these credentials.
 */
@ApplicationScoped
public class VcApiStatus {

    private static final Logger LOG = Logger.getLogger(VcApiStatus.class);

    private final VcApiCredentialRepository records;
    private final SigningKeys signingKeys;
    private final StatusLists statusLists;
    private final AuditTrail audit;

    public VcApiStatus(VcApiCredentialRepository records, SigningKeys signingKeys, StatusLists statusLists,
            AuditTrail audit) {
        this.records = records;
        this.signingKeys = signingKeys;
        this.statusLists = statusLists;
        this.audit = audit;
    }

    /** @return the credential's status afterwards */
    @WithTransaction
    public Uni<VcApiCredential> change(String tenantId, StatusRequest request, AuditActor actor) {
        var change = request.change();
        return records.lockInTenant(tenantId, request.credentialId())
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Credential", request.credentialId()))
                .chain(record -> {
                    if (!record.states(change.purpose())) {
                        throw DataModelRules.refused("no-status-entry", "Credential " + request.credentialId()
                                + " has no " + change.purpose().value() + " entry: it was issued without one");
                    }
                    change.checkAllowedFrom(record.status);
                    var before = AuditState.of("status", record.status);
                    return signingKeys.active(tenantId)
                            .chain(key -> statusLists.change(tenantId, change.purpose(),
                                    record.listOf(change.purpose()), record.indexOf(change.purpose()), change.bit(),
                                    key))
                            .map(list -> {
                                record.status = change.result();
                                record.statusChangedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
                                return record;
                            })
                            .call(changed -> audit.record(actor, tenantId, change.auditAction(), "vcapi-credential",
                                    changed.credentialId, before, AuditState.of("status", changed.status)))
                            .invoke(changed -> LOG.infof("VC-API credential %s of %s is now %s", changed.credentialId,
                                    tenantId, changed.status));
                });
    }
}
