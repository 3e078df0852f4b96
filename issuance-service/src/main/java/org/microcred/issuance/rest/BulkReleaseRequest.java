package org.microcred.issuance.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.UUID;
import org.microcred.issuance.ReleaseFilter;
import org.microcred.support.problem.ProblemException;

/**
 * Which awaiting awards a bulk release releases: those of a micro-credential (a version of it, if given), those
 * awarded in [{@code awardedFrom}, {@code awardedTo}), or both. One of the two is required, so that an empty
 * request cannot release everything. At most {@code max} per request (default {@value #DEFAULT_MAX}, at most
 * {@value #LIMIT}): each release signs a credential in its own transaction, and a request must end well within a
 * client's and an ingress's time limits.
 */
public record BulkReleaseRequest(UUID achievementId, @Min(1) Integer achievementVersion, Instant awardedFrom,
        Instant awardedTo, @Min(1) @Max(LIMIT) Integer max) {

    public static final int DEFAULT_MAX = 100;
    public static final int LIMIT = 500;

    public int maxOrDefault() {
        return max == null ? DEFAULT_MAX : max;
    }

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
