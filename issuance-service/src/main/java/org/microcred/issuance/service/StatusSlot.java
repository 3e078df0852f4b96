package org.microcred.issuance.service;

import org.microcred.credentials.status.BitstringStatusListEntry;

/** A credential's bit in one of the issuer's status lists: which list, and its entry as the credential states it. */
public record StatusSlot(int listNumber, BitstringStatusListEntry entry) {

    public int index() {
        return entry.statusListIndex();
    }
}
