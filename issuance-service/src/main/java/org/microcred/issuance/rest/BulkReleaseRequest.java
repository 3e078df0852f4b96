package org.microcred.issuance.rest;

import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.UUID;
import org.microcred.issuance.ReleaseFilter;
import org.microcred.support.problem.ProblemException;

/**
 * Which awaiting awards a bulk release releases: those of a micro-credential (a version of it, if given), those
 * awarded in [{@code awardedFrom}, {@code awardedTo}), or both. One of the two is required, so that an empty
 * request cannot release everything.
 */
public record BulkReleaseRequest(UUID achievementId, @Min(1) Integer achievementVersion, Instant awardedFrom,
        Instant awardedTo) {

    public ReleaseFilter filter() {
        if (achievementId == null && awardedFrom == null && awardedTo == null) {
            throw ProblemException.invalid("achievementId", "name a micro-credential (achievementId, optionally"
                    + " achievementVersion) or a period (awardedFrom, awardedTo)");
        }
        if (achievementVersion != null && achievementId == null) {
            throw ProblemException.invalid("achievementId", "achievementVersion needs achievementId");
        }
        if (awardedFrom != null && awardedTo != null && !awardedFrom.isBefore(awardedTo)) {
            throw ProblemException.invalid("awardedTo", "must be after awardedFrom");
        }
        return new ReleaseFilter(achievementId, achievementVersion, awardedFrom, awardedTo, null);
    }
}
