package org.microcred.wallet.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.microcred.wallet.CredentialSummary;
import org.microcred.wallet.WalletCredential;
import org.microcred.wallet.PageCursor;

/**
 * The wallet's credentials. A credential its earner removed stays as a tombstone row (no document) that only
 * {@code findById} sees: every query here leaves it out, so it is as absent as one never stored.
 */
@ApplicationScoped
public class WalletCredentialRepository implements PanacheRepositoryBase<WalletCredential, UUID> {

    /** Summaries of credentials (alias {@code c}) with their status; a where clause follows. */
    private static final String SUMMARIES = "select new org.microcred.wallet.CredentialSummary(c.id, c.enrolmentId,"
            + " c.achievementName, c.issuerName, c.issuedAt, s.status, s.reason, s.changedAt,"
            + " c.pathwayId, c.achievementId, c.achievementVersion, c.hiddenAt)"
            + " from WalletCredential c left join CredentialStatus s"
            + " on s.credentialId = c.id and s.tenantId = c.tenantId";

    private static final String OWN = "tenantId = ?1 and earnerId = ?2 and id = ?3 and removedAt is null";

    /** The credential if it is this earner's in this tenant; anyone else's is as absent as a missing one. */
    public Uni<WalletCredential> findForEarner(String tenantId, String earnerId, UUID id) {
        return find(OWN, tenantId, earnerId, id).firstResult();
    }

    /**
     * The same, locked until the transaction ends: share links of one credential are created one
     * at a time, so two at once cannot both pass the limit on open links.
     */
    public Uni<WalletCredential> lockForEarner(String tenantId, String earnerId, UUID id) {
        return find(OWN, tenantId, earnerId, id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** What a list of the earner's credentials holds: always their own, never removed ones. */
    public record ListQuery(String tenantId, String earnerId, UUID enrolmentId, boolean includeHidden,
            PageCursor after, int rows) {
    }

    /**
     * The earner's credentials, newest first (then by id, so rows issued at the same instant keep one order), without
     * their documents, with their status; only the enrolment's when {@code enrolmentId} is set; hidden ones only when
     * asked; starting after the cursor's row, so a page is the same whatever was stored since.
     */
    public Uni<List<CredentialSummary>> listForEarner(ListQuery q) {
        StringBuilder where = new StringBuilder(
                " where c.tenantId = :tenant and c.earnerId = :earner and c.removedAt is null");
        if (q.enrolmentId() != null) {
            where.append(" and c.enrolmentId = :enrolment");
        }
        if (!q.includeHidden()) {
            where.append(" and c.hiddenAt is null");
        }
        if (q.after() != null) {
            where.append(" and (c.issuedAt < :at or (c.issuedAt = :at and c.id > :id))");
        }
        return getSession().chain(session -> {
            var query = session
                    .createQuery(SUMMARIES + where + " order by c.issuedAt desc, c.id", CredentialSummary.class)
                    .setParameter("tenant", q.tenantId())
                    .setParameter("earner", q.earnerId());
            if (q.enrolmentId() != null) {
                query.setParameter("enrolment", q.enrolmentId());
            }
            if (q.after() != null) {
                query.setParameter("at", q.after().at()).setParameter("id", q.after().id());
            }
            return query.setMaxResults(q.rows()).getResultList();
        });
    }

    /** The ids of the credentials in this earner's wallet (removed ones left out). */
    public Uni<List<UUID>> idsOf(String tenantId, String earnerId) {
        return getSession().chain(session -> session.createQuery("select c.id from WalletCredential c"
                        + " where c.tenantId = ?1 and c.earnerId = ?2 and c.removedAt is null order by c.issuedAt, c.id",
                        UUID.class)
                .setParameter(1, tenantId).setParameter(2, earnerId).getResultList());
    }

    /**
     * Gives every credential of one earner id (tombstones too, so a redelivery still finds them where they are) to
     * another, in the caller's transaction: a claimed stand-in's credentials to the earner who claimed them.
     */
    public Uni<Integer> moveToEarner(String tenantId, String fromEarnerId, String toEarnerId) {
        return update("earnerId = ?1 where tenantId = ?2 and earnerId = ?3", toEarnerId, tenantId, fromEarnerId);
    }

    /** Summaries of these credentials of the earner's, newest first (removed ones left out). */
    public Uni<List<CredentialSummary>> summariesOf(String tenantId, String earnerId, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return getSession().chain(session -> session.createQuery(SUMMARIES
                        + " where c.tenantId = :tenant and c.earnerId = :earner and c.id in (:ids)"
                        + " and c.removedAt is null order by c.issuedAt desc, c.id", CredentialSummary.class)
                .setParameter("tenant", tenantId).setParameter("earner", earnerId).setParameter("ids", ids)
                .getResultList());
    }

    /**
     * The achievement names of the credentials of these enrolments in the tenant, by enrolment id (tombstones too: they
     * arrived), without their documents.
     */
    public Uni<Map<UUID, String>> arrivedFor(String tenantId, List<UUID> enrolmentIds) {
        if (enrolmentIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return getSession().chain(session -> session.createQuery("select c.enrolmentId, c.achievementName"
                        + " from WalletCredential c where c.tenantId = ?1 and c.enrolmentId in (?2)", Object[].class)
                .setParameter(1, tenantId).setParameter(2, enrolmentIds).getResultList())
                .map(rows -> {
                    Map<UUID, String> names = new HashMap<>();
                    rows.forEach(row -> names.put((UUID) row[0], (String) row[1]));
                    return names;
                });
    }
}
