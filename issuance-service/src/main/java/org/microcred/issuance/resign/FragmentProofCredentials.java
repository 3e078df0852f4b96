package org.microcred.issuance.resign;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.microcred.issuance.IssuedCredential;

/**
 * The credentials still to be signed again under their key URL. Native SQL with the predicate written out as a
 * constant: it is the predicate of the partial index {@code issued_credential_names_fragment_id} (V16), which the
 * planner uses only when it can see that the query's condition is the index's.
 */
@ApplicationScoped
public class FragmentProofCredentials {

    static final String PENDING = "signed_with IS NOT NULL AND resign_skipped IS NULL"
            + " AND document LIKE '%\"verificationMethod\"%#%'";

    /**
     * Up to {@code limit} of them in id order, row-locked for this transaction; rows another transaction holds are
     * passed over ({@code SKIP LOCKED}: a replica's pass, or a status change), and a row signed again by a
     * transaction that committed meanwhile no longer matches.
     */
    public Uni<List<IssuedCredential>> lockBatch(int limit) {
        return Panache.getSession().chain(session -> session.createNativeQuery("SELECT * FROM issued_credential"
                        + " WHERE " + PENDING + " ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED", IssuedCredential.class)
                .setParameter("limit", limit)
                .getResultList());
    }

    /** How many are left, locked or not. */
    public Uni<Long> countPending() {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "SELECT count(*) FROM issued_credential WHERE " + PENDING, Long.class).getSingleResult());
    }
}
