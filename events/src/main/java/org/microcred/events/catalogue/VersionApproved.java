package org.microcred.events.catalogue;

import java.time.Instant;
import java.util.UUID;
import org.microcred.events.EventPayload;

/**
 * A release-manager approved a version in review: it is published now ({@code comment} optional). For a micro-credential,
 * {@code catalogue.achievement.published} follows in the same transaction, as for any publication.
 * {@code kind} is {@value VersionReview#ACHIEVEMENT} or {@value VersionReview#PATHWAY}; {@code actorId} is the user's
 * id (the token's {@code sub}) and {@code actorRole} the role they acted in. On {@code enrolment.events.v1}, keyed
 * {@code <kind>:<definitionId>} so that one definition's review events stay in order (not on the compacted catalogue
 * topic, whose key holds the state of a published version).
 */
public record VersionApproved(
        String kind,
        UUID definitionId,
        int version,
        String name,
        String actorId,
        String actorRole,
        String comment,
        Instant occurredAt) implements EventPayload {
}
