package org.microcred.support.ratelimit;

import org.microcred.support.problem.ProblemException;

/** 429 {@code rate-limited}: the client has spent its allowance; {@link #retryAfterSeconds()} becomes Retry-After. */
public class RateLimitedException extends ProblemException {

    public static final String SLUG = "rate-limited";

    private final long retryAfterSeconds;

    public RateLimitedException(long retryAfterSeconds) {
        super(429, SLUG, "Too many requests",
                "Too many requests from your address; retry after " + retryAfterSeconds + " seconds");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
