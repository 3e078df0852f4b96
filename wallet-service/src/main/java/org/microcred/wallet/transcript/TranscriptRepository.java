package org.microcred.wallet.transcript;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.microcred.wallet.CredentialStatus;

@ApplicationScoped
public class TranscriptRepository implements PanacheRepositoryBase<Transcript, UUID> {

    /** The transcript if it is this earner's in this tenant; anyone else's is as absent as a missing one. */
    public Uni<Transcript> findForEarner(String tenantId, String earnerId, UUID id) {
        return find("tenantId = ?1 and earnerId = ?2 and id = ?3", tenantId, earnerId, id).firstResult();
    }

    /** The earner's transcripts, newest first. */
    public Uni<List<Transcript>> listForEarner(String tenantId, String earnerId, int limit) {
        return find("tenantId = ?1 and earnerId = ?2 order by requestedAt desc, id", tenantId, earnerId)
                .page(0, limit).list();
    }

    /** Which of these credential ids are in this earner's wallet in this tenant (one the earner removed is not). */
    public Uni<List<UUID>> ownCredentialIds(String tenantId, String earnerId, List<UUID> ids) {
        return getSession().chain(session -> session.createQuery("select c.id from WalletCredential c"
                        + " where c.tenantId = ?1 and c.earnerId = ?2 and c.id in (?3) and c.removedAt is null",
                        UUID.class)
                .setParameter(1, tenantId).setParameter(2, earnerId).setParameter(3, ids).getResultList());
    }

    /** The statuses issuance announced for these credentials (none: active). */
    public Uni<List<CredentialStatus>> statusesOf(String tenantId, List<UUID> ids) {
        return getSession().chain(session -> session.createQuery("from CredentialStatus s"
                        + " where s.tenantId = ?1 and s.credentialId in (?2)", CredentialStatus.class)
                .setParameter(1, tenantId).setParameter(2, ids).getResultList());
    }
}
