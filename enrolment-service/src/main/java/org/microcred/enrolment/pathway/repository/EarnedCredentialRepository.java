package org.microcred.enrolment.pathway.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.microcred.enrolment.pathway.EarnedCredentialRow;

/**
 * The micro-credential credentials earners hold. A revoked credential no longer counts toward anything (a
 * suspended one still does): its status row says REVOKED, whichever of the credential and its status arrived first.
 */
@ApplicationScoped
public class EarnedCredentialRepository implements PanacheRepositoryBase<EarnedCredentialRow, UUID> {

    private static final String NOT_REVOKED = " and not exists (select 1 from CredentialStatus s"
            + " where s.credentialId = e.credentialId"
            + " and s.status = org.microcred.support.persistence.CredentialStatusRecord.Status.REVOKED)";

    /** Records the credential unless it is recorded already (a redelivery): answers whether it is new. */
    public Uni<Boolean> recordOnce(EarnedCredentialRow row) {
        return findById(row.credentialId).chain(existing -> existing != null ? Uni.createFrom().item(false)
                : persist(row).call(this::flush).replaceWith(true));
    }

    /** The earner's credentials that count (not revoked), oldest first. */
    public Uni<List<EarnedCredentialRow>> counting(String tenantId, String earnerId) {
        return getSession().chain(session -> session.createSelectionQuery(
                        "from EarnedCredentialRow e where e.tenantId = :tenant and e.earnerId = :earner" + NOT_REVOKED
                                + " order by e.issuedAt, e.credentialId", EarnedCredentialRow.class)
                .setParameter("tenant", tenantId).setParameter("earner", earnerId)
                .getResultList());
    }

    /** Up to {@code max} credentials that count for any of the micro-credentials, by earner. */
    public Uni<List<EarnedCredentialRow>> countingFor(String tenantId, Collection<UUID> achievementIds, int max) {
        return getSession().chain(session -> session.createSelectionQuery(
                        "from EarnedCredentialRow e where e.tenantId = :tenant and e.achievementId in :ids"
                                + NOT_REVOKED + " order by e.earnerId", EarnedCredentialRow.class)
                .setParameter("tenant", tenantId).setParameter("ids", achievementIds)
                .setMaxResults(max)
                .getResultList());
    }
}
