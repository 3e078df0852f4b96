package org.microcred.issuance.transcript;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.microcred.issuance.IssuedCredential;

@ApplicationScoped
public class TranscriptRepository implements PanacheRepositoryBase<IssuedTranscript, UUID> {

    /** The credentials of this tenant among these ids (another tenant's are as absent as missing ones). */
    public Uni<List<IssuedCredential>> credentialsInTenant(String tenantId, List<UUID> ids) {
        return getSession().chain(session -> session
                .createQuery("from IssuedCredential c where c.tenantId = ?1 and c.id in (?2)", IssuedCredential.class)
                .setParameter(1, tenantId)
                .setParameter(2, ids)
                .getResultList());
    }
}
