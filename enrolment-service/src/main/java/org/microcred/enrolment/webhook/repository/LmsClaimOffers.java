package org.microcred.enrolment.webhook.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.microcred.enrolment.webhook.LmsClaimOffer;

@ApplicationScoped
public class LmsClaimOffers implements PanacheRepositoryBase<LmsClaimOffer, LmsClaimOffer.Key> {

    /**
     * The stand-in's offer, locked for the caller's transaction, or null. A query rather than {@code findById} with a
     * lock: several award rows of one transaction may ask for the same stand-in, and locking an entity the session
     * already holds goes through a path that names the fields instead of the columns.
     */
    public Uni<LmsClaimOffer> lock(String tenantId, String standIn) {
        return find("tenantId = ?1 and earnerId = ?2", tenantId, standIn)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }
}
