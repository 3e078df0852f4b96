package org.microcred.issuance;

import java.time.Instant;
import java.util.UUID;

/**
 * Which awards a release-manager means: of an achievement (and version), decided in [{@code awardedFrom},
 * {@code awardedTo}), in a state. Null fields do not filter.
 */
public record ReleaseFilter(UUID achievementId, Integer achievementVersion, Instant awardedFrom, Instant awardedTo,
        ReleaseState state) {

    public ReleaseFilter withState(ReleaseState newState) {
        return new ReleaseFilter(achievementId, achievementVersion, awardedFrom, awardedTo, newState);
    }
}
