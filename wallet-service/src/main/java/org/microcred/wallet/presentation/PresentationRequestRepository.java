package org.microcred.wallet.presentation;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import org.microcred.wallet.WalletCredential;

/** Presentation requests, and the earner's credentials they may be answered with; runs in the caller's session. */
@ApplicationScoped
public class PresentationRequestRepository {

    /** The most of an earner's credentials looked through for the ones a request matches. */
    static final int MAX_EARNER_CREDENTIALS = 500;

    public Uni<PresentationRequest> find(String idHash) {
        return Panache.getSession().chain(session -> session.find(PresentationRequest.class, idHash));
    }

    /** Row-locked: it is about to be answered, so a concurrent answer waits and then sees it answered. */
    public Uni<PresentationRequest> lock(String idHash) {
        return Panache.getSession().chain(session -> session.find(PresentationRequest.class, idHash,
                LockModeType.PESSIMISTIC_WRITE));
    }

    public Uni<PresentationRequest> findByResultToken(String tokenHash) {
        return Panache.getSession().chain(session -> session.createSelectionQuery(
                        "from PresentationRequest where resultTokenHash = :hash", PresentationRequest.class)
                .setParameter("hash", tokenHash).getSingleResultOrNull());
    }

    public Uni<Void> persist(PresentationRequest request) {
        return Panache.getSession().chain(session -> session.persist(request));
    }

    /** The earner's signed credentials still in their wallet, newest first. */
    public Uni<List<WalletCredential>> earnersCredentials(String tenantId, String earnerId) {
        return Panache.getSession().chain(session -> session.createSelectionQuery("from WalletCredential where"
                        + " tenantId = :tenant and earnerId = :earner and removedAt is null and hasProof = true"
                        + " order by issuedAt desc, id", WalletCredential.class)
                .setParameter("tenant", tenantId).setParameter("earner", earnerId)
                .setMaxResults(MAX_EARNER_CREDENTIALS).getResultList());
    }

    /** Deletes up to {@code batch} requests that expired before {@code before}; answers how many. */
    public Uni<Integer> deleteExpired(Instant before, int batch) {
        return Panache.getSession().chain(session -> session.createNativeQuery("DELETE FROM presentation_request"
                        + " WHERE id_hash IN (SELECT id_hash FROM presentation_request WHERE expires_at < :before"
                        + " LIMIT " + batch + ")")
                .setParameter("before", before).executeUpdate());
    }
}
