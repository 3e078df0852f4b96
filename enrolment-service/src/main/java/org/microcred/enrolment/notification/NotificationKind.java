package org.microcred.enrolment.notification;

import java.util.Arrays;
import java.util.Optional;

/** What a notification tells the earner; each kind can be turned off by the earner on its own. */
public enum NotificationKind {
    /** An assessor's decision other than an award: feedback to read, or a revision asked. */
    FEEDBACK("feedback"),
    /** The attempt was awarded; a credential follows. */
    AWARDED("awarded"),
    /** The credential was issued: where to see and share it. */
    CREDENTIAL_ISSUED("credential-issued"),
    /** The credential was revoked or suspended (a reinstatement is not announced). */
    CREDENTIAL_STATUS("credential-status"),
    /** An LMS award to a learner without an account: the claim link. */
    CLAIM_OFFERED("claim-offered"),
    /** An ACTIVE enrolment expires soon (inactivity or the end of the activity period). */
    ENROLMENT_EXPIRING("enrolment-expiring"),
    /** An enrolled earner has done nothing for a while. */
    INACTIVITY_NUDGE("inactivity-nudge");

    private final String wireName;

    NotificationKind(String wireName) {
        this.wireName = wireName;
    }

    /** The name in the API, the table and the unsubscribe token. */
    public String wireName() {
        return wireName;
    }

    public static Optional<NotificationKind> fromWire(String name) {
        return Arrays.stream(values()).filter(k -> k.wireName.equals(name)).findFirst();
    }
}
