package org.microcred.enrolment.pathway;

import java.util.UUID;

/**
 * One item of a pathway's top-level rule: {@code kind} {@code achievement}, {@code pathway} or
 * {@code rule} (a nested group; then {@code id} is null and {@code name} describes it).
 * {@code recognised}: for a micro-credential that counts through a credential from elsewhere (the earner does not
 * hold it here), which one; null otherwise.
 */
public record PathwayProgressItem(String kind, UUID id, String name, boolean earned, Recognised recognised) {

    public PathwayProgressItem(String kind, UUID id, String name, boolean earned) {
        this(kind, id, name, earned, null);
    }

    /** The credential from elsewhere an issuer-admin recognised as this micro-credential. */
    public record Recognised(UUID recognitionId, UUID externalCredentialId, String issuerName, String achievementName) {

        public static Recognised of(RecognisedComponent r) {
            return r == null ? null : new Recognised(r.recognitionId(), r.externalCredentialId(), r.issuerName(),
                    r.externalAchievementName());
        }
    }
}
