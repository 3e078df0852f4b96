package org.microcred.issuance.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.microcred.credentials.status.BitstringStatusListEntry;
import org.microcred.credentials.status.StatusPurpose;
import org.microcred.issuance.StatusList;
import org.microcred.issuance.keys.SigningKey;
import org.microcred.issuance.repository.CredentialRepository;

/**
 * A new credential's status slots. Open Badges 3.0 allows one {@code credentialStatus}: the credential states its
 * revocation entry only, and its suspension bit is, by this deployment's convention, at the same list number and
 * index in the tenant's suspension list ({@code .../status-lists/<tenant>/suspension/<n>}, bit i of the entry's
 * {@code .../revocation/<n>}, bit i). Credentials issued before this convention keep the suspension slots they were
 * given, so a revocation slot whose twin such a credential holds is passed over and the next one taken.
 */
@ApplicationScoped
public class StatusSlots {

    private final StatusLists statusLists;
    private final CredentialRepository credentials;

    public StatusSlots(StatusLists statusLists, CredentialRepository credentials) {
        this.statusLists = statusLists;
        this.credentials = credentials;
    }

    /** A revocation slot whose twin suspension slot is free (in the caller's transaction, like the lists' locks). */
    public Uni<Pair> allocate(String tenantId, SigningKey key) {
        return statusLists.allocate(tenantId, StatusPurpose.REVOCATION, key).chain(revocation -> statusLists
                .listNumbered(tenantId, StatusPurpose.SUSPENSION, revocation.listNumber(), key)
                .chain(suspensions -> twinTaken(tenantId, revocation, suspensions)
                        .chain(taken -> taken ? allocate(tenantId, key)
                                : Uni.createFrom().item(pair(revocation, suspensions)))));
    }

    /** Only a suspension list that gave out slots of its own (before pairing) can hold the twin. */
    private Uni<Boolean> twinTaken(String tenantId, StatusSlot revocation, StatusList suspensions) {
        return suspensions.nextIndex == 0 ? Uni.createFrom().item(false)
                : credentials.holdsSuspensionSlot(tenantId, revocation.listNumber(), revocation.index());
    }

    private Pair pair(StatusSlot revocation, StatusList suspensions) {
        return new Pair(revocation, new StatusSlot(suspensions.listNumber, BitstringStatusListEntry.of(
                statusLists.url(suspensions), revocation.index(), StatusPurpose.SUSPENSION)));
    }

    /**
     * A credential's two slots: {@code revocation} is the one its document states; {@code suspension} is the same
     * list number and index in the suspension list.
     */
    public record Pair(StatusSlot revocation, StatusSlot suspension) {
    }
}
