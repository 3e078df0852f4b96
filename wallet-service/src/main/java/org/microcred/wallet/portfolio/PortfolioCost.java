package org.microcred.wallet.portfolio;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;
import org.microcred.support.ratelimit.PublicRateLimit;
import org.microcred.support.ratelimit.RateLimitConfig;
import org.microcred.wallet.verification.CostMeter;

/**
 * What opening a portfolio's link charges its client's rate limit ({@link PublicRateLimit}): each credential's
 * verification its cost, as a credential's page is charged ({@code ClientCost}), the request's own unit counting
 * toward the first; but one opening at most a whole allowance ({@code microcred.public-rate-limit.requests}).
 * Uncapped, a portfolio of 50 signed credentials (about 3 units each: a proof, a status list and its suspension list)
 * would cost more than any client may ever hold, and its link could never open; capped, opening it empties the
 * client's allowance, so a client opens such a portfolio about once a period.
 */
@ApplicationScoped
public class PortfolioCost {

    private final PublicRateLimit rateLimit;
    private final int budget;

    public PortfolioCost(PublicRateLimit rateLimit, RateLimitConfig config) {
        this.rateLimit = rateLimit;
        // The request paid one unit on arrival.
        this.budget = Math.max(0, config.requests() - 1);
    }

    /** A meter for one opening; its verifications run one after the other, each possibly on another thread. */
    public CostMeter of(HttpServerRequest request) {
        AtomicInteger charged = new AtomicInteger();
        AtomicInteger verifications = new AtomicInteger();
        return units -> {
            int due = verifications.getAndIncrement() == 0 ? units - 1 : units;
            int capped = Math.min(due, budget - charged.get());
            if (capped > 0) {
                rateLimit.charge(request, capped);
                charged.addAndGet(capped);
            }
        };
    }
}
