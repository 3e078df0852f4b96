package org.microcred.wallet.portfolio;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.microcred.support.persistence.CredentialStatusRecord;
import org.microcred.wallet.WalletCredential;

/**
 * Portfolios and their credentials. A credential the earner removed from the wallet ({@code removedAt} set, its
 * document gone) counts as absent everywhere here: it cannot be added, and it is left out of what is read.
 */
@ApplicationScoped
public class PortfolioRepository implements PanacheRepositoryBase<Portfolio, UUID> {

    private static final String PRESENT = "c.removedAt is null and c.document is not null";

    /** The portfolio if it is this earner's in this tenant; anyone else's is as absent as a missing one. */
    public Uni<Portfolio> findForEarner(String tenantId, String earnerId, UUID id) {
        return find("tenantId = ?1 and earnerId = ?2 and id = ?3", tenantId, earnerId, id).firstResult();
    }

    /** The same, locked until the transaction ends: its changes and new links are made one at a time. */
    public Uni<Portfolio> lockForEarner(String tenantId, String earnerId, UUID id) {
        return find("tenantId = ?1 and earnerId = ?2 and id = ?3", tenantId, earnerId, id)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** The earner's portfolios, newest first. */
    public Uni<List<Portfolio>> listForEarner(String tenantId, String earnerId, int limit) {
        Sort newestFirst = Sort.by("createdAt", Sort.Direction.Descending).and("id");
        return find("tenantId = ?1 and earnerId = ?2", newestFirst, tenantId, earnerId).page(0, limit).list();
    }

    public Uni<Long> countForEarner(String tenantId, String earnerId) {
        return count("tenantId = ?1 and earnerId = ?2", tenantId, earnerId);
    }

    /**
     * Holds the earner's portfolio lock until the transaction ends (a PostgreSQL advisory lock: there is no earner
     * row to lock), so that two creations at once cannot both pass the limit on portfolios.
     */
    public Uni<Void> lockEarner(String tenantId, String earnerId) {
        return getSession().chain(session -> session
                .createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtextextended(?1, 0))) locked",
                        Integer.class)
                .setParameter(1, "portfolio:" + tenantId + ":" + earnerId).getSingleResult()).replaceWithVoid();
    }

    /** Which of these ids are credentials in this earner's wallet in this tenant, not removed. */
    public Uni<List<UUID>> presentCredentialIds(String tenantId, String earnerId, List<UUID> ids) {
        return getSession().chain(session -> session.createQuery("select c.id from WalletCredential c"
                        + " where c.tenantId = ?1 and c.earnerId = ?2 and c.id in (?3) and " + PRESENT, UUID.class)
                .setParameter(1, tenantId).setParameter(2, earnerId).setParameter(3, ids).getResultList());
    }

    /** Makes these the portfolio's credentials, in this order, in place of the ones it had. */
    public Uni<Void> replaceCredentials(UUID portfolioId, List<UUID> credentialIds) {
        List<PortfolioCredential> entries = new ArrayList<>();
        for (int i = 0; i < credentialIds.size(); i++) {
            entries.add(PortfolioCredential.of(portfolioId, credentialIds.get(i), i));
        }
        // A bulk delete runs at once, before the inserts: a flush would insert first and meet the old rows' keys.
        return getSession().chain(session -> session
                .createMutationQuery("delete from PortfolioCredential where portfolioId = ?1")
                .setParameter(1, portfolioId).executeUpdate()
                .chain(() -> session.persistAll(entries.toArray()))
                .chain(() -> session.flush()));
    }

    /** The portfolio's credentials in order, without their documents, with their status (removed ones left out). */
    public Uni<List<PortfolioItem>> items(UUID portfolioId) {
        return getSession().chain(session -> session
                .createQuery("select c.id, c.achievementName, c.issuerName, c.issuedAt, s.status"
                        + " from PortfolioCredential pc join WalletCredential c on c.id = pc.credentialId"
                        + " left join CredentialStatus s on s.credentialId = c.id and s.tenantId = c.tenantId"
                        + " where pc.portfolioId = ?1 and " + PRESENT + " order by pc.position", Object[].class)
                .setParameter(1, portfolioId).getResultList())
                .map(rows -> rows.stream().map(row -> new PortfolioItem((UUID) row[0], (String) row[1],
                        (String) row[2], (Instant) row[3], (CredentialStatusRecord.Status) row[4])).toList());
    }

    /** How many credentials (removed ones left out) each of these portfolios holds. */
    public Uni<Map<UUID, Long>> credentialCounts(List<UUID> portfolioIds) {
        if (portfolioIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return getSession().chain(session -> session
                .createQuery("select pc.portfolioId, count(c.id) from PortfolioCredential pc"
                        + " join WalletCredential c on c.id = pc.credentialId"
                        + " where pc.portfolioId in (?1) and " + PRESENT + " group by pc.portfolioId", Object[].class)
                .setParameter(1, portfolioIds).getResultList())
                .map(rows -> {
                    Map<UUID, Long> counts = new HashMap<>();
                    rows.forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
                    return counts;
                });
    }

    /** The portfolio's credentials with their documents, in order, as its owner holds them (removed ones left out). */
    public Uni<List<WalletCredential>> credentialsOf(Portfolio portfolio) {
        return getSession().chain(session -> session
                .createQuery("select c from PortfolioCredential pc join WalletCredential c on c.id = pc.credentialId"
                        + " where pc.portfolioId = ?1 and c.tenantId = ?2 and c.earnerId = ?3 and " + PRESENT
                        + " order by pc.position", WalletCredential.class)
                .setParameter(1, portfolio.id).setParameter(2, portfolio.tenantId).setParameter(3, portfolio.earnerId)
                .getResultList());
    }

    /** One credential of the portfolio, or null when it is not in it (or was removed). */
    public Uni<WalletCredential> credentialOf(Portfolio portfolio, UUID credentialId) {
        return getSession().chain(session -> session
                .createQuery("select c from PortfolioCredential pc join WalletCredential c on c.id = pc.credentialId"
                        + " where pc.portfolioId = ?1 and c.id = ?2 and c.tenantId = ?3 and c.earnerId = ?4 and "
                        + PRESENT, WalletCredential.class)
                .setParameter(1, portfolio.id).setParameter(2, credentialId).setParameter(3, portfolio.tenantId)
                .setParameter(4, portfolio.earnerId).getSingleResultOrNull());
    }
}
