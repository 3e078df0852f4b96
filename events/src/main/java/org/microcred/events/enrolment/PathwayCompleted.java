package org.microcred.events.enrolment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.microcred.events.EventPayload;

/**
 * An earner's credentials now satisfy a pathway's rules: the stacked credential may be issued.
 * It carries what the credential states, so the issuer needs no pathway read model. Keyed by
 * {@code <pathwayId>:<earnerId>}; it happens at most once per earner and pathway version.
 */
public record PathwayCompleted(
        UUID pathwayId,
        int pathwayVersion,
        String name,
        String description,
        String criteriaNarrative,
        String achievementType,
        String imageUrl,
        String earnerId,
        String earnerEmail,
        String earnerName,
        List<PathwayComponent> components,
        Instant completedAt) implements EventPayload {
}
