package org.microcred.wallet.transcript;

import java.util.List;
import java.util.UUID;
import org.microcred.support.persistence.CredentialStatusRecord.Status;
import org.microcred.support.problem.ProblemException;
import org.microcred.wallet.CredentialChoice;
import org.microcred.wallet.CredentialStatus;

/**
 * What a transcript request must be, checked before anything is written: 1 to {@link #MAX_CREDENTIALS} distinct
 * credentials, all in the earner's wallet (so all of the caller's institution: the wallet is scoped by tenant), none
 * revoked or suspended as far as the wallet knows (issuance checks again, and has the last word). Each failure is a
 * 422 naming the credentials concerned; a name over {@link #MAX_NAME} characters is a 400 {@code validation}.
 */
public final class TranscriptRules {

    /** The most credentials in one transcript (issuance refuses more too). */
    public static final int MAX_CREDENTIALS = 50;
    public static final int MAX_NAME = 200;

    private static final CredentialChoice CHOICE = new CredentialChoice("transcript", MAX_CREDENTIALS);

    private TranscriptRules() {
    }

    static void checkShape(List<UUID> ids, String name) {
        if (name != null && name.length() > MAX_NAME) {
            throw ProblemException.invalid("name", "at most " + MAX_NAME + " characters");
        }
        CHOICE.checkShape(ids);
    }

    /**
     * Another earner's credential, another institution's, one the earner removed, or none at all: the same answer,
     * naming it.
     */
    static void checkOwn(List<UUID> requested, List<UUID> own) {
        CHOICE.checkInWallet(requested, own);
    }

    static void checkActive(List<CredentialStatus> statuses) {
        List<UUID> revoked = of(statuses, Status.REVOKED);
        if (!revoked.isEmpty()) {
            throw CHOICE.unprocessable("credential-revoked", "Revoked, so a transcript cannot state them: "
                    + CredentialChoice.names(revoked));
        }
        List<UUID> suspended = of(statuses, Status.SUSPENDED);
        if (!suspended.isEmpty()) {
            throw CHOICE.unprocessable("credential-suspended", "Suspended, so a transcript cannot state them until"
                    + " they are reinstated: " + CredentialChoice.names(suspended));
        }
    }

    private static List<UUID> of(List<CredentialStatus> statuses, Status status) {
        return statuses.stream().filter(s -> s.status == status).map(s -> s.credentialId).toList();
    }
}
