package org.microcred.events.catalogue;

import java.time.Instant;
import java.util.UUID;
import org.microcred.events.EventPayload;

/**
 * A release-manager rejected a version in review with a {@code comment} (required): it is an editable draft again, its
 * review history kept.
 * {@code kind} is {@value VersionReview#ACHIEVEMENT} or {@value VersionReview#PATHWAY}; {@code actorId} is the user's
 * id (the token's {@code sub}) and {@code actorRole} the role they acted in. On {@code enrolment.events.v1}, keyed
 * {@code <kind>:<definitionId>} so that one definition's review events stay in order (not on the compacted catalogue
 * topic, whose key holds the state of a published version).
 */
public record VersionRejected(
        String kind,
        UUID definitionId,
        int version,
        String name,
        String actorId,
        String actorRole,
        String comment,
        Instant occurredAt) implements EventPayload {
}
