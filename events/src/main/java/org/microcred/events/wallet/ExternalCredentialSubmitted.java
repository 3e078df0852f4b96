package org.microcred.events.wallet;

import java.time.Instant;
import java.util.UUID;
import org.microcred.events.EventPayload;

/**
 * An earner put an Open Badges 3.0 credential issued elsewhere into their wallet, and it verified (signature, status,
 * validity window). Never the document itself: only what a recognition decision needs to name it. Keyed (and subject)
 * by the external credential's id.
 *
 * @param format          {@code json}, {@code jwt}, {@code baked-png} or {@code baked-svg}: how the earner sent it
 * @param issuerKnown     whether this deployment knows the issuer (a configured trusted issuer); false for any
 *                        issuer that merely names itself
 * @param achievementId   the external achievement's id, as the credential states it (null when it states none)
 * @param achievementType the achievement's {@code achievementType} (null when it states none)
 * @param subjectMatches  {@code true} / {@code false} when the credential names its subject by an email (hashed or
 *                        not) and it is / is not the earner's verified email; {@code unknown} when it cannot be told
 */
public record ExternalCredentialSubmitted(UUID externalCredentialId, String earnerId, String format,
        String issuerId, String issuerName, boolean issuerKnown, String achievementId, String achievementName,
        String achievementType, Instant validFrom, Instant validUntil, String subjectMatches, Instant submittedAt)
        implements EventPayload {
}
