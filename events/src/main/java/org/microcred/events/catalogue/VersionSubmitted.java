package org.microcred.events.catalogue;

import java.time.Instant;
import java.util.UUID;
import org.microcred.events.EventPayload;

/**
 * An issuer-admin submitted a draft version of a micro-credential or pathway for review ({@code IN_REVIEW}); {@code comment} is
 * the optional note to the reviewer.
 * {@code kind} is {@value VersionReview#ACHIEVEMENT} or {@value VersionReview#PATHWAY}; {@code actorId} is the user's
 * id (the token's {@code sub}) and {@code actorRole} the role they acted in. On {@code enrolment.events.v1}, keyed
 * {@code <kind>:<definitionId>} so that one definition's review events stay in order (not on the compacted catalogue
 * topic, whose key holds the state of a published version).
 */
public record VersionSubmitted(
        String kind,
        UUID definitionId,
        int version,
        String name,
        String actorId,
        String actorRole,
        String comment,
        Instant occurredAt) implements EventPayload {
}
