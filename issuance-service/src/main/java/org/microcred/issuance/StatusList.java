package org.microcred.issuance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.microcred.credentials.status.BitstringStatusList;
import org.microcred.credentials.status.IndexPermutation;
import org.microcred.credentials.status.StatusPurpose;

/**
 * One W3C Bitstring Status List of a tenant for one purpose: the slot counter that credentials
 * take their (scattered) index from, the bits, and the signed {@code BitstringStatusListCredential} served
 * publicly. The document is re-signed when a bit changes (or its key is compromised), never per
 * request.
 */
@Entity
@Table(name = "status_list")
public class StatusList {

    /** Entries per list: the spec's minimum for herd privacy (16 KiB of bits before GZIP). */
    public static final int SIZE = BitstringStatusList.MIN_ENTRIES;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StatusPurpose purpose;

    @Column(name = "list_number", nullable = false)
    public int listNumber;

    public int size;

    /** How many slots were taken; the list is full when it reaches {@link #size}. */
    @Column(name = "next_index", nullable = false)
    public int nextIndex;

    /**
     * The secret of the order in which slots are given out ({@link IndexPermutation}); null on lists opened
     * before indexes were scattered, which give out slot {@code nextIndex} itself.
     */
    @Column(name = "index_key")
    public byte[] indexKey;

    /** GZIP then multibase base64url ({@code u...}), as in the document's {@code encodedList}. */
    @Column(name = "encoded_list", nullable = false)
    public String encodedList;

    /** The signed status list credential, exactly as served. */
    @Column(nullable = false)
    public String document;

    /** The key id of the document's proof. */
    @Column(name = "signed_with", nullable = false)
    public String signedWith;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean isFull() {
        return nextIndex >= size;
    }

    /** The index the next credential gets: the slot counter through the list's permutation. */
    public int nextFreeIndex() {
        return indexKey == null ? nextIndex : new IndexPermutation(indexKey, size).apply(nextIndex);
    }
}
