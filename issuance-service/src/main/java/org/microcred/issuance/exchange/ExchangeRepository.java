package org.microcred.issuance.exchange;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

/**
 * The exchanges; runs in the caller's session or transaction. Expired ones are deleted by a background pass
 * ({@link org.microcred.issuance.capability.ExpiredCapabilities}).
 */
@ApplicationScoped
public class ExchangeRepository {

    public Uni<Exchange> find(String idHash) {
        return Panache.getSession().chain(session -> session.find(Exchange.class, idHash));
    }

    /** The exchange row-locked: it is about to be completed, so a concurrent completion waits and then sees it. */
    public Uni<Exchange> lock(String idHash) {
        return Panache.getSession().chain(session -> session.find(Exchange.class, idHash,
                LockModeType.PESSIMISTIC_WRITE));
    }

    public Uni<Void> persist(Exchange exchange) {
        return Panache.getSession().chain(session -> session.persist(exchange));
    }

    /** Counts a failed DID authentication, unless the exchange was completed meanwhile. */
    public Uni<Void> countFailure(String idHash) {
        return Panache.getSession().chain(session -> session.createNativeQuery("UPDATE vcapi_exchange SET"
                        + " failed_authentications = failed_authentications + 1 WHERE id_hash = :id"
                        + " AND completed_at IS NULL")
                .setParameter("id", idHash).executeUpdate())
                .replaceWithVoid();
    }
}
