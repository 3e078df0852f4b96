package org.microcred.enrolment.webhook.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.microcred.enrolment.webhook.LmsClaimOffer;

@ApplicationScoped
public class LmsClaimOffers implements PanacheRepositoryBase<LmsClaimOffer, LmsClaimOffer.Key> {

    /** The stand-in's offer, locked for the caller's transaction, or null. */
    public Uni<LmsClaimOffer> lock(String tenantId, String standIn) {
        return findById(new LmsClaimOffer.Key(tenantId, standIn), LockModeType.PESSIMISTIC_WRITE);
    }
}
