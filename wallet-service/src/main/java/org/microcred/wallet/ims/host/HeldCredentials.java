package org.microcred.wallet.ims.host;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * The credentials an earner's wallet holds, as the 1EdTech APIs list them: those issued here (not removed, not hidden
 * by the earner) and those from elsewhere, newest issued first, each once in the form it is held in: the JSON with
 * its Data Integrity proof, or the compact JWS where the wallet holds only a VC-JWT. One query over both tables, so
 * {@code limit} and {@code offset} page the whole list and {@code X-Total-Count} counts it.
 */
@ApplicationScoped
public class HeldCredentials {

    /** One credential: {@code jwt} true for a compact JWS, false for JSON. */
    public record Held(boolean jwt, String text) {
    }

    /** A page and the total without paging. */
    public record Page(List<Held> credentials, long total) {
    }

    /**
     * Issued here: the JSON when it carries a proof, else the VC-JWT. From elsewhere: as received, a JWS when sent as
     * one or found as one in a baked image. {@code issued} is issuance's date here, {@code validFrom} (else when
     * it arrived) for the others.
     */
    private static final String HELD = "SELECT has_proof IS FALSE AS jwt,"
            + " CASE WHEN has_proof THEN document ELSE credential_jwt END AS text, issued_at AS issued, id"
            + " FROM wallet_credential WHERE tenant_id = :tenant AND earner_id = :earner"
            + " AND removed_at IS NULL AND hidden_at IS NULL AND (has_proof OR credential_jwt IS NOT NULL)"
            + " UNION ALL"
            + " SELECT format = 'jwt' OR (format LIKE 'baked-%' AND document !~ '^\\s*\\{') AS jwt, document AS text,"
            + " COALESCE(valid_from, submitted_at) AS issued, id"
            + " FROM external_credential WHERE tenant_id = :tenant AND earner_id = :earner";

    @WithSession
    public Uni<Page> page(String tenantId, String earnerId, Instant since, int limit, int offset) {
        String where = since == null ? "" : " WHERE issued > :since";
        return Panache.getSession().chain(session -> {
            var rows = session.createNativeQuery("SELECT jwt, text FROM (" + HELD + ") held" + where
                    + " ORDER BY issued DESC, id DESC LIMIT :limit OFFSET :offset", Object[].class)
                    .setParameter("tenant", tenantId).setParameter("earner", earnerId)
                    .setParameter("limit", limit).setParameter("offset", offset);
            var count = session.createNativeQuery("SELECT count(*) FROM (" + HELD + ") held" + where, Long.class)
                    .setParameter("tenant", tenantId).setParameter("earner", earnerId);
            if (since != null) {
                rows.setParameter("since", since);
                count.setParameter("since", since);
            }
            return rows.getResultList().chain(found -> count.getSingleResult().map(total -> new Page(
                    found.stream().map(row -> new Held((Boolean) row[0], (String) row[1])).toList(), total)));
        });
    }
}
