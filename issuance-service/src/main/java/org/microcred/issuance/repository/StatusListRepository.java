package org.microcred.issuance.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import org.microcred.issuance.StatusList;
import org.microcred.credentials.status.StatusPurpose;

@ApplicationScoped
public class StatusListRepository implements PanacheRepositoryBase<StatusList, Long> {

    /**
     * The tenant's newest list of a purpose, row-locked until the transaction ends: the allocation
     * counter of concurrent issuances. Null before the first list.
     */
    public Uni<StatusList> lockNewest(String tenantId, StatusPurpose purpose) {
        return find("tenantId = ?1 and purpose = ?2", Sort.descending("listNumber"), tenantId, purpose)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
    }

    /** One list, row-locked: its bits are about to change. */
    public Uni<StatusList> lock(String tenantId, StatusPurpose purpose, int listNumber) {
        return find("tenantId = ?1 and purpose = ?2 and listNumber = ?3", tenantId, purpose, listNumber)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
    }

    public Uni<StatusList> findList(String tenantId, StatusPurpose purpose, int listNumber) {
        return find("tenantId = ?1 and purpose = ?2 and listNumber = ?3", tenantId, purpose, listNumber)
                .firstResult();
    }

    /** One list by its row id, row-locked: it is about to be signed again. */
    public Uni<StatusList> lockById(Long id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The ids of the lists whose stored document has a proof naming its verification method by a fragment id
     * ({@code <issuerId>#<keyId>}, as before key URLs), found by the database with a JSON path (in its lax mode a
     * single proof object counts as a set of one) rather than by reading and parsing every list here.
     */
    public Uni<List<Long>> idsNamingFragmentIds() {
        return getSession().chain(session -> session.createNativeQuery(
                        "select id from status_list where jsonb_path_match(cast(document as jsonb),"
                                + " '$.proof[*].verificationMethod like_regex \"#\"') order by id", Long.class)
                .getResultList());
    }

    /** The tenant's lists whose served document a key signed, row-locked for re-signing. */
    public Uni<List<StatusList>> lockSignedWith(String tenantId, String keyId) {
        return find("tenantId = ?1 and signedWith = ?2", Sort.by("purpose").and("listNumber"), tenantId, keyId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }
}
