package org.microcred.issuance.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Instant;
import org.jboss.logging.Logger;
import org.microcred.credentials.status.BitstringStatusList;
import org.microcred.credentials.status.BitstringStatusListCredential;
import org.microcred.credentials.status.BitstringStatusListEntry;
import org.microcred.credentials.status.IndexPermutation;
import org.microcred.credentials.status.StatusPurpose;
import org.microcred.issuance.StatusList;
import org.microcred.issuance.keys.SigningKey;
import org.microcred.issuance.repository.StatusListRepository;
import org.microcred.support.persistence.AdvisoryLocks;

/**
 * The tenants' Bitstring Status Lists: slots for new credentials, bit changes, and the signed list
 * credentials. Everything runs in the caller's transaction, so a slot is taken, or a bit changes,
 * if and only if the credential (or its status) commits with it.
 */
@ApplicationScoped
public class StatusLists {

    private static final Logger LOG = Logger.getLogger(StatusLists.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StatusListRepository lists;
    private final AdvisoryLocks locks;
    private final IssuerDirectory issuers;
    private final CredentialSigner signer;

    public StatusLists(StatusListRepository lists, AdvisoryLocks locks, IssuerDirectory issuers,
            CredentialSigner signer) {
        this.lists = lists;
        this.locks = locks;
        this.issuers = issuers;
        this.signer = signer;
    }

    /**
     * Takes the next free slot of the tenant's newest list of this purpose (slots are given out in the list's
     * secret pseudorandom order, so an index does not date a credential); the list row stays
     * locked until the caller's transaction ends, so concurrent issuances take distinct slots. A
     * full (or missing) list is followed by a new one, signed with {@code key}.
     */
    public Uni<StatusSlot> allocate(String tenantId, StatusPurpose purpose, SigningKey key) {
        return lists.lockNewest(tenantId, purpose).chain(newest -> newest != null && !newest.isFull()
                ? Uni.createFrom().item(take(newest))
                : openNext(tenantId, purpose, key));
    }

    /**
     * The tenant's list number {@code listNumber} of this purpose, opened (empty, signed with {@code key}) when it
     * does not exist yet: a suspension list beside the revocation list of the same number. Its slot counter is not
     * used for slots taken this way.
     */
    public Uni<StatusList> listNumbered(String tenantId, StatusPurpose purpose, int listNumber, SigningKey key) {
        return lists.findList(tenantId, purpose, listNumber).chain(found -> found != null
                ? Uni.createFrom().item(found)
                : locks.lock("issuance", "status-list", tenantId, purpose.value())
                        .chain(() -> lists.findList(tenantId, purpose, listNumber))
                        .chain(again -> {
                            if (again != null) {
                                return Uni.createFrom().item(again);
                            }
                            StatusList list = newList(tenantId, purpose, listNumber, key);
                            LOG.infof("Opened %s status list %d of %s", purpose.value(), listNumber, tenantId);
                            return lists.persist(list);
                        }));
    }

    /**
     * Sets or clears one bit and re-signs the list with {@code key} (the tenant's ACTIVE key).
     *
     * @return the list as now served
     */
    public Uni<StatusList> change(String tenantId, StatusPurpose purpose, int listNumber, int index, boolean value,
            SigningKey key) {
        return lists.lock(tenantId, purpose, listNumber).map(list -> {
            if (list == null) {
                throw new IllegalStateException("Status list " + purpose.value() + "/" + listNumber + " of "
                        + tenantId + " is missing, but a credential has a slot in it");
            }
            BitstringStatusList bits = BitstringStatusList.decode(list.encodedList);
            bits.set(index, value);
            sign(list, bits, key);
            return list;
        });
    }

    /**
     * Re-signs, with {@code key}, every list of the tenant whose document {@code keyId} signed: after
     * that key is compromised, its signature on a status list would no longer verify.
     *
     * @return how many lists were re-signed
     */
    public Uni<Integer> resignSignedWith(String tenantId, String keyId, SigningKey key) {
        return lists.lockSignedWith(tenantId, keyId).map(signed -> {
            signed.forEach(list -> sign(list, BitstringStatusList.decode(list.encodedList), key));
            return signed.size();
        });
    }

    /** Signs the list again, bits unchanged, with {@code key}: its document then names that key as proofs do now. */
    public void resign(StatusList list, SigningKey key) {
        sign(list, BitstringStatusList.decode(list.encodedList), key);
    }

    /** The list as served, or null when there is no such list. */
    public Uni<StatusList> find(String tenantId, StatusPurpose purpose, int listNumber) {
        return lists.findList(tenantId, purpose, listNumber);
    }

    public String url(StatusList list) {
        return issuers.statusListUrl(list.tenantId, list.purpose, list.listNumber);
    }

    /**
     * Under the tenant's new-list lock, and looking again: a concurrent issuance may have opened
     * the next list while this one waited for the lock on the full list.
     */
    private Uni<StatusSlot> openNext(String tenantId, StatusPurpose purpose, SigningKey key) {
        return locks.lock("issuance", "status-list", tenantId, purpose.value())
                .chain(() -> lists.lockNewest(tenantId, purpose))
                .chain(newest -> {
                    if (newest != null && !newest.isFull()) {
                        return Uni.createFrom().item(take(newest));
                    }
                    StatusList next = newList(tenantId, purpose, newest == null ? 1 : newest.listNumber + 1, key);
                    LOG.infof("Opened %s status list %d of %s", purpose.value(), next.listNumber, tenantId);
                    return lists.persist(next).map(this::take);
                });
    }

    private StatusSlot take(StatusList list) {
        int index = list.nextFreeIndex();
        list.nextIndex = list.nextIndex + 1;
        return new StatusSlot(list.listNumber, BitstringStatusListEntry.of(url(list), index, list.purpose));
    }

    private StatusList newList(String tenantId, StatusPurpose purpose, int listNumber, SigningKey key) {
        StatusList list = new StatusList();
        list.tenantId = tenantId;
        list.purpose = purpose;
        list.listNumber = listNumber;
        list.size = StatusList.SIZE;
        list.nextIndex = 0;
        list.indexKey = new byte[IndexPermutation.KEY_BYTES];
        RANDOM.nextBytes(list.indexKey);
        sign(list, new BitstringStatusList(StatusList.SIZE), key);
        return list;
    }

    /** Rebuilds and signs the list credential from the bits: the only way its document changes. */
    private void sign(StatusList list, BitstringStatusList bits, SigningKey key) {
        Instant now = Instant.now();
        list.encodedList = bits.encode();
        String unsigned = BitstringStatusListCredential.unsigned(url(list), issuers.issuerId(list.tenantId),
                list.purpose, bits, now, null);
        list.document = signer.sign(unsigned, key, now);
        list.signedWith = key.keyId();
        list.updatedAt = now;
    }
}
