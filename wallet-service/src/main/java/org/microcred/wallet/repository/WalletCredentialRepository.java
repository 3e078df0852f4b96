package org.microcred.wallet.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;
import org.microcred.wallet.CredentialSummary;
import org.microcred.wallet.WalletCredential;

@ApplicationScoped
public class WalletCredentialRepository implements PanacheRepositoryBase<WalletCredential, UUID> {

    /** The credential if it is this earner's in this tenant; anyone else's is as absent as a missing one. */
    public Uni<WalletCredential> findForEarner(String tenantId, String earnerId, UUID id) {
        return find("tenantId = ?1 and earnerId = ?2 and id = ?3", tenantId, earnerId, id).firstResult();
    }

    /**
     * The same, locked until the transaction ends: share links of one credential are created one
     * at a time, so two at once cannot both pass the limit on open links.
     */
    public Uni<WalletCredential> lockForEarner(String tenantId, String earnerId, UUID id) {
        return find("tenantId = ?1 and earnerId = ?2 and id = ?3", tenantId, earnerId, id)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /**
     * The earner's credentials, newest first, without their documents, with their status; only the enrolment's
     * when {@code enrolmentId} is not null.
     */
    public Uni<List<CredentialSummary>> listForEarner(String tenantId, String earnerId, UUID enrolmentId, int limit) {
        String ofEnrolment = enrolmentId == null ? "" : " and c.enrolmentId = ?3";
        return getSession().chain(session -> {
            var query = session
                    .createQuery("select new org.microcred.wallet.CredentialSummary(c.id, c.enrolmentId,"
                            + " c.achievementName, c.issuerName, c.issuedAt, s.status, s.reason, s.changedAt,"
                            + " c.pathwayId, c.achievementId, c.achievementVersion)"
                            + " from WalletCredential c left join CredentialStatus s"
                            + " on s.credentialId = c.id and s.tenantId = c.tenantId"
                            + " where c.tenantId = ?1 and c.earnerId = ?2" + ofEnrolment
                            + " order by c.issuedAt desc, c.id",
                            CredentialSummary.class)
                    .setParameter(1, tenantId)
                    .setParameter(2, earnerId);
            if (enrolmentId != null) {
                query.setParameter(3, enrolmentId);
            }
            return query.setMaxResults(limit).getResultList();
        });
    }
}
