package org.microcred.events.catalogue;

import java.time.Instant;
import java.util.UUID;
import org.microcred.events.EventPayload;

/**
 * A definition was retired: every published version of it is {@code RETIRED} (no longer offered); {@code version} is the newest
 * retired one ({@code comment} null).
 * {@code kind} is {@value VersionReview#ACHIEVEMENT} or {@value VersionReview#PATHWAY}; {@code actorId} is the user's
 * id (the token's {@code sub}) and {@code actorRole} the role they acted in. On {@code enrolment.events.v1}, keyed
 * {@code <kind>:<definitionId>} so that one definition's review events stay in order (not on the compacted catalogue
 * topic, whose key holds the state of a published version).
 */
public record VersionRetired(
        String kind,
        UUID definitionId,
        int version,
        String name,
        String actorId,
        String actorRole,
        String comment,
        Instant occurredAt) implements EventPayload {
}
