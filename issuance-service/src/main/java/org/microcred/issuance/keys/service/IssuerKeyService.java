package org.microcred.issuance.keys.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;
import org.microcred.credentials.verification.KeyState;
import org.microcred.issuance.keys.IssuerKey;
import org.microcred.issuance.repository.CredentialRepository;
import org.microcred.issuance.keys.repository.IssuerKeyRepository;
import org.microcred.support.audit.AuditActor;
import org.microcred.support.audit.AuditState;
import org.microcred.support.audit.AuditTrail;
import org.microcred.support.problem.ProblemException;
import org.microcred.issuance.service.StatusLists;

/**
 * What issuer-admins do with their institution's keys: look at them, rotate, and mark a retired
 * key compromised. All under the tenant's key lock, so a rotation and a compromise never interleave.
 *
 * <p>Only a RETIRED key can be marked compromised. A suspected ACTIVE key is first rotated away
 * from (the new key then signs everything new), then marked: this way a tenant is never left
 * without a key that signs, and there is no moment where new credentials or status lists are
 * signed with a key already announced as compromised. Each rotation and compromise is recorded in the audit trail
 * ({@code issuer-key.rotated}, {@code issuer-key.compromised}) in its transaction.
 */
@ApplicationScoped
public class IssuerKeyService {

    private static final Logger LOG = Logger.getLogger(IssuerKeyService.class);

    /** What a compromise changed. */
    public record Compromise(IssuerKey key, long credentialsInvalidated, int statusListsResigned) {
    }

    private final IssuerKeyRepository keys;
    private final SigningKeys signingKeys;
    private final StatusLists statusLists;
    private final CredentialRepository credentials;
    private final AuditTrail audit;

    public IssuerKeyService(IssuerKeyRepository keys, SigningKeys signingKeys,
            StatusLists statusLists, CredentialRepository credentials, AuditTrail audit) {
        this.audit = audit;
        this.keys = keys;
        this.signingKeys = signingKeys;
        this.statusLists = statusLists;
        this.credentials = credentials;
    }

    /** Oldest first; empty before the tenant's first issuance or rotation. */
    @WithSession
    public Uni<List<IssuerKey>> list(String tenantId) {
        return keys.listInTenant(tenantId);
    }

    /**
     * A new ACTIVE key; the previous one becomes RETIRED, and what it signed keeps verifying. The
     * status lists keep their documents until a bit changes (then the new key signs them).
     */
    @WithTransaction
    public Uni<IssuerKey> rotate(String tenantId, AuditActor actor) {
        return signingKeys.lockKeys(tenantId)
                .chain(() -> keys.findActive(tenantId))
                .chain(active -> {
                    if (active == null) {
                        return signingKeys.create(tenantId).call(key -> audited(actor, key, null));
                    }
                    active.state = KeyState.RETIRED;
                    active.retiredAt = Instant.now();
                    // Flushed first: the database allows one ACTIVE key per tenant, and Hibernate
                    // would otherwise insert the new key before updating the old one.
                    return keys.flush().chain(() -> signingKeys.create(tenantId))
                            .call(key -> audited(actor, key, active.keyId));
                })
                .invoke(key -> LOG.infof("Issuer %s rotated to key %s", tenantId, key.keyId));
    }

    /**
     * Marks a RETIRED key compromised: the issuer profile lists it as revoked and no longer as an
     * assertion method, so the credentials it signed fail verification here and elsewhere. The
     * status lists it had signed are re-signed with the ACTIVE key, so they keep verifying.
     */
    @WithTransaction
    public Uni<Compromise> compromise(String tenantId, String keyId, String reason, AuditActor actor) {
        return signingKeys.lockKeys(tenantId)
                .chain(() -> keys.findInTenant(tenantId, keyId))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Issuer key", keyId))
                .chain(key -> {
                    if (key.state == KeyState.ACTIVE) {
                        throw ProblemException.conflict("key-active", "Key " + keyId + " is the active key: rotate"
                                + " first (POST /api/v1/issuer-keys/rotate), then mark it compromised");
                    }
                    if (key.state == KeyState.COMPROMISED) {
                        throw ProblemException.conflict("key-compromised", "Key " + keyId
                                + " was marked compromised at " + key.compromisedAt);
                    }
                    var before = AuditState.of("state", key.state);
                    key.state = KeyState.COMPROMISED;
                    key.compromisedAt = Instant.now();
                    key.compromiseReason = reason;
                    return signingKeys.active(tenantId)
                            .chain(active -> statusLists.resignSignedWith(tenantId, keyId, active))
                            .chain(resigned -> credentials.countSignedWith(tenantId, keyId)
                                    .map(invalidated -> new Compromise(key, invalidated, resigned)))
                            .call(done -> audit.record(actor, tenantId, "issuer-key.compromised", "issuer-key", keyId,
                                    before, AuditState.of("state", key.state, "reason", reason,
                                            "credentialsInvalidated", done.credentialsInvalidated(),
                                            "statusListsResigned", done.statusListsResigned())));
                })
                .invoke(done -> LOG.warnf("Issuer %s marked key %s compromised (%d credentials invalidated, %d status"
                        + " lists re-signed): %s", tenantId, keyId, done.credentialsInvalidated(),
                        done.statusListsResigned(), reason));
    }

    /** The new key is the object; before, the key that was active (none before the tenant's first key). */
    private Uni<?> audited(AuditActor actor, IssuerKey created, String retiredKeyId) {
        return audit.record(actor, created.tenantId, "issuer-key.rotated", "issuer-key", created.keyId,
                AuditState.of("activeKeyId", retiredKeyId),
                AuditState.of("activeKeyId", created.keyId, "retiredKeyId", retiredKeyId));
    }
}
