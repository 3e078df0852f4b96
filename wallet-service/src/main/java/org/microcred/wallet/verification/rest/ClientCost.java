package org.microcred.wallet.verification.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import org.microcred.support.ratelimit.PublicRateLimit;
import org.microcred.wallet.verification.CostMeter;

/**
 * The cost of a public verification charged to its client's rate limit ({@link PublicRateLimit}): the request paid
 * one unit on arrival, so a verification of cost {@code n} takes {@code n - 1} more. A client that cannot pay is
 * answered 429 {@code rate-limited} with {@code Retry-After}, before the verification runs.
 */
@ApplicationScoped
public class ClientCost {

    private final PublicRateLimit rateLimit;

    public ClientCost(PublicRateLimit rateLimit) {
        this.rateLimit = rateLimit;
    }

    public CostMeter of(HttpServerRequest request) {
        return units -> rateLimit.charge(request, units - 1);
    }
}
