package org.microcred.issuance.holder;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class HolderCopyRepository implements PanacheRepositoryBase<HolderCopy, UUID> {

    public Uni<HolderCopy> find(UUID credentialId, String holderDid, CopyFormat format) {
        return find("credentialId = ?1 and holderDid = ?2 and format = ?3", credentialId, holderDid, format.value())
                .firstResult();
    }

    /**
     * Stores the copy unless the same award, holder and format has one already (a concurrent delivery of the same
     * request); answers whether this one was stored.
     */
    public Uni<Boolean> insertIfAbsent(HolderCopy copy) {
        return getSession().chain(session -> session.createNativeQuery("INSERT INTO holder_copy (id, tenant_id,"
                        + " credential_id, earner_id, holder_did, format, credential, signed_with, created_at)"
                        + " VALUES (:id, :tenant, :credential, :earner, :holder, :format, :document, :key, :created)"
                        + " ON CONFLICT ON CONSTRAINT holder_copy_once DO NOTHING")
                .setParameter("id", copy.id).setParameter("tenant", copy.tenantId)
                .setParameter("credential", copy.credentialId).setParameter("earner", copy.earnerId)
                .setParameter("holder", copy.holderDid).setParameter("format", copy.format)
                .setParameter("document", copy.credential).setParameter("key", copy.signedWith)
                .setParameter("created", copy.createdAt)
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    public Uni<Long> countOf(String tenantId, UUID credentialId) {
        return count("tenantId = ?1 and credentialId = ?2", tenantId, credentialId);
    }
}
