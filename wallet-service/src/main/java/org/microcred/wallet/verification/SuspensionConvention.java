package org.microcred.wallet.verification;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.microcred.credentials.status.BitstringStatusListEntry;
import org.microcred.credentials.status.StatusPurpose;

/**
 * This deployment's convention for suspension. Open Badges 3.0's schema allows one {@code credentialStatus}, so a
 * credential names only its revocation list, {@code <issuance>/api/v1/status-lists/{tenant}/revocation/{n}}, at index
 * {@code i}; the issuer keeps its suspension bit at the same index of the parallel list
 * {@code <issuance>/api/v1/status-lists/{tenant}/suspension/{n}}. A credential with that one entry, on a trusted
 * issuer's site, is checked against both. Credentials made before carry both entries themselves.
 */
final class SuspensionConvention {

    private static final Pattern REVOCATION_LIST =
            Pattern.compile("^(https?://[^?#]+/api/v1/status-lists/[^/?#]+/)revocation(/[0-9]{1,9})$");

    private SuspensionConvention() {
    }

    /** The suspension entry parallel to the credential's single revocation entry, when the convention applies. */
    static Optional<BitstringStatusListEntry> parallelSuspension(List<BitstringStatusListEntry> entries,
            RemoteDocuments documents) {
        if (entries.size() != 1 || entries.get(0).statusPurpose() != StatusPurpose.REVOCATION) {
            return Optional.empty();
        }
        BitstringStatusListEntry revocation = entries.get(0);
        Matcher matcher = REVOCATION_LIST.matcher(revocation.statusListCredential());
        if (!matcher.matches() || !documents.isTrusted(revocation.statusListCredential())) {
            return Optional.empty();
        }
        String suspension = matcher.group(1) + StatusPurpose.SUSPENSION.value() + matcher.group(2);
        try {
            return Optional.of(BitstringStatusListEntry.of(suspension, revocation.statusListIndex(),
                    StatusPurpose.SUSPENSION));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // an index no list has: the revocation check already fails on it
        }
    }
}
